import { Component, lazy, memo, Suspense, useLayoutEffect, useRef, useState, type ComponentType, type ErrorInfo, type ReactNode } from 'react';
import { createStore } from 'zustand/vanilla';
import type { AppState } from '../state/store';
import { StoreProvider, useAppStore, useDataset, useLoadRace, useRetryRace, useSiteRoot } from '../state/StoreContext';
import { keepInput, LATE_PART } from './earlyInput';

/** Loads a code-split component (a dynamic import). */
export type PartLoader<P> = () => Promise<ComponentType<P>>;

/** Parts already loaded, by loader: rendered at once, with no Suspense (printing cannot wait). */
const loaded = new WeakMap<PartLoader<never>, ComponentType<never>>();

/**
 * Loads a part's code ahead of need (when the browser is idle; on the server before prerendering),
 * so it renders synchronously later. The promise settles when it is loaded, or has failed.
 */
export function preloadPart<P>(loader: PartLoader<P>): Promise<void> {
  return loader().then(
    (component) => void loaded.set(loader as PartLoader<never>, component as ComponentType<never>),
    () => {}, // a failed preload is retried, and reported, when the part is rendered
  );
}

/** The part's component if its code has loaded already (preloadPart), else undefined. */
export function loadedPart<P>(loader: PartLoader<P>): ComponentType<P> | undefined {
  return loaded.get(loader as PartLoader<never>) as ComponentType<P> | undefined;
}

/**
 * A code-split part of the page. If its file cannot be loaded (offline, a flaky network, a redeploy
 * that removed the old hashed file) it says so in its own place with a Retry button, and the rest
 * of the page keeps working. `loader` must be a stable function (defined at module level).
 */
export function LazyPart<P extends object>({
  loader,
  label,
  props,
  loading = null,
  floating = false,
  onDismiss,
  onShown,
}: {
  loader: PartLoader<P>;
  /** What the part is, for the message: "The full record". */
  label: string;
  props: P;
  /** Shown while the file loads. */
  loading?: ReactNode;
  /** Shows the failure as a small floating card (for a dialog), not in the page flow. */
  floating?: boolean;
  /** Offers Close beside Retry (a dialog the reader may give up on). */
  onDismiss?: () => void;
  /** Runs once the part is on the page, drawn by its own code (hydrated, on a prerendered page). */
  onShown?: () => void;
}) {
  // React.lazy remembers a failed import, so each Retry makes a new lazy component (in the click
  // handler, never during render); the attempt number remounts the boundary with it.
  // A part already loaded (preloadPart) renders at once, with no Suspense step. The component is
  // chosen once per attempt, so the tree never changes shape under a mounted part (a dialog, say).
  const [{ Part, attempt }, setPart] = useState(() => ({ Part: (loaded.get(loader as PartLoader<never>) as ComponentType<P> | undefined) ?? lazyPart(loader), attempt: 0 }));
  const retry = () => setPart((previous) => ({ Part: lazyPart(loader), attempt: previous.attempt + 1 }));
  return (
    <PartBoundary key={attempt} label={label} floating={floating} onRetry={retry} onDismiss={onDismiss}>
      <Suspense fallback={loading}>
        <Part {...props} />
        {onShown && <Shown onShown={onShown} />}
      </Suspense>
    </PartBoundary>
  );
}

/** Says, as it mounts, that what it sits beside is on the page. */
function Shown({ onShown }: { onShown: () => void }) {
  useLayoutEffect(onShown, [onShown]);
  return null;
}

/** True when two props objects hold the same values, key by key. */
function sameProps(a: object, b: object): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * A code-split part that a prerendered page draws in full (the build loads its code first,
 * app/prerender.tsx) but that nothing needs to scrub or select, so its code is not part of the first
 * load. Until that code is in, React keeps the page's markup of it, shown, and hydrates it when the
 * code arrives. Two things would spoil that: rendering it again with new props (the page re-renders as
 * the chart is measured), which replaces the markup with `loading`, hence the memo; and the view
 * moving before it hydrates (the address applies a lap, a zoom), so that it would hydrate against a
 * view other than the one drawn, hence a store frozen at the view the page was drawn at, in place of
 * the live one, until it is on the page. What the reader does in it meanwhile (a zoom button pressed,
 * a driver chosen) is applied then (ui/earlyInput.ts). Its box takes no part in the layout.
 */
export const PrerenderedPart = memo(
  function PrerenderedPart<P extends object>({ loader, label, props, loading }: { loader: PartLoader<P>; label: string; props: P; loading?: ReactNode }) {
    const store = useAppStore();
    const [drawnAt] = useState(() => (loaded.has(loader as PartLoader<never>) ? null : createStore<AppState>()(() => store.getState())));
    const [live, setLive] = useState(drawnAt === null);
    const box = useRef<HTMLDivElement>(null);
    const keeper = useRef<ReturnType<typeof keepInput> | null>(null);
    useLayoutEffect(() => {
      if (!live && box.current) keeper.current ??= keepInput(box.current);
      // data-live: the part works (its code is in, it shows the live view), for tests and tools to wait
      // on. Set here, not rendered: the server's markup (where every part is loaded) must hydrate as is.
      if (live) box.current?.setAttribute('data-live', '');
    }, [live]);
    const [goLive] = useState(() => () => {
      const early = keeper.current?.take();
      keeper.current = null;
      early?.changes();
      early?.press();
      setLive(true);
    });
    return (
      <div ref={box} className="late-part" {...{ [LATE_PART]: '' }}>
        <StoreProvider store={live || !drawnAt ? store : drawnAt} dataset={useDataset()} retryRace={useRetryRace()} loadRace={useLoadRace()} root={useSiteRoot()}>
          <LazyPart loader={loader} label={label} props={props} loading={loading} onShown={live ? undefined : goLive} />
        </StoreProvider>
      </div>
    );
  },
  (a, b) => a.loader === b.loader && a.label === b.label && sameProps(a.props, b.props),
) as <P extends object>(props: { loader: PartLoader<P>; label: string; props: P; loading?: ReactNode }) => ReactNode;

/** A lazy component over a loader. */
function lazyPart<P extends object>(loader: PartLoader<P>) {
  return lazy(async () => {
    const component = await loader();
    loaded.set(loader as PartLoader<never>, component as ComponentType<never>);
    return { default: component };
  });
}

type BoundaryProps = { label: string; floating: boolean; onRetry: () => void; onDismiss?: () => void; children: ReactNode };

/** Catches the failed load (or a render error) of one part and offers Retry. */
class PartBoundary extends Component<BoundaryProps, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`${this.props.label} failed:`, error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { label, floating, onRetry, onDismiss } = this.props;
    return (
      <div className={`panel part-error${floating ? ' part-error--floating' : ''}`} role="alert">
        <p>
          <strong>{label} could not be loaded.</strong> <span className="muted">{error.message}</span>
        </p>
        <p className="muted">Check the connection and try again; the rest of the page keeps working.</p>
        <div className="part-error__actions">
          <button type="button" className="button" onClick={onRetry}>
            Retry
          </button>
          {onDismiss && (
            <button type="button" className="button" onClick={onDismiss}>
              Close
            </button>
          )}
        </div>
      </div>
    );
  }
}
