import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { fetchDataset } from '../data/fetchDataset';
import { ErrorBoundary } from './ErrorBoundary';
import { startApp } from './startApp';
import './app.css';

const rootElement = document.getElementById('root')!;

/** Last resort when the app cannot start at all: a plain message, never a blank page. */
function showFatal(error: unknown) {
  const message = document.createElement('p');
  message.className = 'fatal';
  message.textContent = `Lapline could not start: ${error instanceof Error ? error.message : String(error)}. Reloading the page may help.`;
  rootElement.replaceChildren(message);
}

async function start() {
  const { app } = startApp(await fetchDataset(), window.location.search);
  createRoot(rootElement, {
    // An error an error boundary caught is handled (it shows its message and Retry where it
    // happened): keep it for the console as a warning, not as an error.
    onCaughtError: (error, info) => console.warn('Handled by an error boundary:', error, info.componentStack),
  }).render(
    <StrictMode>
      <ErrorBoundary fallback={(error) => <p className="fatal">Lapline hit an error: {error.message}. Reloading the page may help.</p>}>
        {app}
      </ErrorBoundary>
    </StrictMode>,
  );
}

start().catch(showFatal);
