import { Component, type ErrorInfo, type ReactNode } from 'react';

type Props = {
  /** What to show instead of the children when they throw. */
  fallback: (error: Error) => ReactNode;
  children: ReactNode;
};

/** Catches a render error so one broken view shows a message instead of a blank page. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Keep the details for whoever opens the console; the reader sees the fallback.
    console.warn('A view failed to render:', error, info.componentStack);
  }

  render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
