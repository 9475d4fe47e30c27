import { StrictMode, useEffect, useLayoutEffect, useRef, type ReactElement, type ReactNode } from 'react';
import type { Dataset } from '../data/dataset';
import { catalogOf, createAppStore, type AppStore } from '../state/store';
import { StoreProvider, type LoadRace, type RetryRace } from '../state/StoreContext';
import { addressOf, parseAddress, splitPath } from '../state/address';
import { isEmbedded, withEmbed } from '../state/embed';
import type { LinkView } from '../state/view';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { DocumentTitle } from './DocumentTitle';
import { UrlSync } from './UrlSync';

/**
 * The app as the browser mounts it and the prerender renders it: strict mode and the last-resort
 * error boundary around it. One function for both, so a prerendered page and its hydration render
 * the same tree.
 */
export function guarded(app: ReactNode): ReactElement {
  return (
    <StrictMode>
      <ErrorBoundary fallback={(error) => <p className="fatal">Lapline hit an error: {error.message}. Reloading the page may help.</p>}>{app}</ErrorBoundary>
    </StrictMode>
  );
}

/** The app over a store and a dataset (which grows as race files arrive): the provider, the URL sync, the page. */
export function AppRoot({
  store,
  dataset,
  retryRace,
  loadRace,
  root = '/',
  onMounted,
  onStarted,
}: {
  store: AppStore;
  dataset: Dataset;
  retryRace?: RetryRace;
  /** Fetches a race the page does not carry, ahead of the reader opening it (a prerendered page). */
  loadRace?: LoadRace;
  root?: string;
  /**
   * Runs once the app is on the page (for a prerendered page: once hydrated), before the URL sync
   * starts listening: a change of view made here is the address's own, not a new history entry.
   */
  onMounted?: () => void;
  /** Runs once the URL sync is listening: a change of view made here enters the history as a reader's would. */
  onStarted?: () => void;
}) {
  const catalog = catalogOf(dataset); // one per dataset (state/store.ts)
  const mounted = useRef(onMounted);
  const started = useRef(onStarted);
  // A layout effect runs before every passive one, the URL sync's subscription included.
  useLayoutEffect(() => {
    mounted.current?.();
    // The controls work from now on (app.css shows them as not ready until then).
    document.documentElement.dataset.ready = '';
  }, []);
  // A passive effect runs after its children's, the URL sync's subscription included. Once only (strict
  // mode runs effects twice in development, and a press pressed twice is undone).
  useEffect(() => {
    const start = started.current;
    started.current = undefined;
    start?.();
  }, []);
  return (
    <StoreProvider store={store} dataset={dataset} retryRace={retryRace} loadRace={loadRace} root={root}>
      <UrlSync catalog={catalog} />
      <DocumentTitle />
      <App />
    </StoreProvider>
  );
}

/**
 * Starts the app over a dataset at an address (a pathname with its query, or a bare query for the
 * page the browser is on): the store opens on the view the link asks for, with a notice for whatever
 * it could not use, and the address bar shows the link for what is actually on screen, in path form
 * (state/address.ts), so copying it shares a good link. `notices` go before the link's own. Returns
 * the app to render and its store. The one start-up: main.tsx runs it in the browser, the tests
 * through renderApp().
 */
export function startApp(dataset: Dataset, address: string, notices: readonly string[] = []): { app: ReactElement; store: AppStore; view: LinkView; root: string } {
  const catalog = catalogOf(dataset);
  const queryAt = address.indexOf('?');
  const pathname = queryAt === 0 || address === '' ? window.location.pathname : queryAt < 0 ? address : address.slice(0, queryAt);
  const search = queryAt < 0 ? '' : address.slice(queryAt);
  const { view, problems } = parseAddress(pathname, search, catalog);
  const { root } = splitPath(pathname, catalog);
  const store = createAppStore(dataset, view);
  store.getState().setNotices([...notices, ...problems]);
  const shown = addressOf(view, root, catalog);
  window.history.replaceState(null, '', (isEmbedded(window.location.search) ? withEmbed(shown) : shown) + window.location.hash);
  return { app: <AppRoot store={store} dataset={dataset} root={root} />, store, view, root };
}
