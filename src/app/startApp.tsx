import { useMemo, type ReactElement } from 'react';
import type { Dataset } from '../data/dataset';
import { catalogOf, createAppStore, type AppStore } from '../state/store';
import { StoreProvider, type RetryRace } from '../state/StoreContext';
import { parseView, serializeView } from '../state/url';
import type { LinkView } from '../state/view';
import { App } from './App';
import { DocumentTitle } from './DocumentTitle';
import { UrlSync } from './UrlSync';

/** The app over a store and a dataset (which grows as race files arrive): the provider, the URL sync, the page. */
export function AppRoot({ store, dataset, retryRace }: { store: AppStore; dataset: Dataset; retryRace?: RetryRace }) {
  const catalog = useMemo(() => catalogOf(dataset), [dataset]);
  return (
    <StoreProvider store={store} dataset={dataset} retryRace={retryRace}>
      <UrlSync catalog={catalog} />
      <DocumentTitle />
      <App />
    </StoreProvider>
  );
}

/**
 * Starts the app over a dataset at an address: the store opens on the view the link asks for, with
 * a notice for whatever it could not use, and the address bar shows the link for what is actually on
 * screen (so copying it shares a good link). Returns the app to render and its store. The one
 * start-up: main.tsx runs it in the browser, the tests through renderApp().
 */
export function startApp(dataset: Dataset, search: string): { app: ReactElement; store: AppStore; view: LinkView } {
  const { view, problems } = parseView(search, catalogOf(dataset));
  const store = createAppStore(dataset, view);
  store.getState().setNotices(problems);
  window.history.replaceState(null, '', serializeView(view) + window.location.hash);
  return { app: <AppRoot store={store} dataset={dataset} />, store, view };
}
