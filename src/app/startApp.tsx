import type { ReactElement } from 'react';
import type { Dataset } from '../data/dataset';
import { catalogOf, createAppStore, type AppStore } from '../state/store';
import { StoreProvider } from '../state/StoreContext';
import { parseView, serializeView } from '../state/url';
import type { LinkView } from '../state/view';
import { App } from './App';
import { UrlSync } from './UrlSync';

/**
 * Starts the app over a dataset at an address: the store opens on the view the link asks for, with
 * a notice for whatever it could not use, and the address bar shows the link for what is actually on
 * screen (so copying it shares a good link). Returns the app to render and its store. The one
 * start-up: main.tsx runs it in the browser, the tests through renderApp().
 */
export function startApp(dataset: Dataset, search: string): { app: ReactElement; store: AppStore; view: LinkView } {
  const catalog = catalogOf(dataset);
  const { view, problems } = parseView(search, catalog);
  const store = createAppStore(dataset, view);
  store.getState().setNotices(problems);
  window.history.replaceState(null, '', serializeView(view) + window.location.hash);
  const app = (
    <StoreProvider store={store} dataset={dataset}>
      <UrlSync catalog={catalog} />
      <App />
    </StoreProvider>
  );
  return { app, store, view };
}
