/** Test helpers: render the whole app (or a part) over a dataset and a URL, as main.tsx does. */
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { dataset as shippedDataset } from '../data/bundledDataset';
import type { Dataset } from '../data/dataset';
import { catalogOf, createAppStore } from '../state/store';
import { StoreProvider } from '../state/StoreContext';
import { parseView, serializeView } from '../state/url';
import { App } from './App';
import { UrlSync } from './UrlSync';

/**
 * Renders the app as if opened at `search` and waits for its code-split parts (the full record,
 * the article reader when the link opens one) to load, as they would in a reader's browser before
 * use; loading them inside Testing Library's async wait keeps React's act() rules. Returns the store
 * too, for assertions on state.
 */
export async function renderApp(search = '', options: { dataset?: Dataset; wrap?: (app: ReactNode) => ReactNode } = {}) {
  const dataset = options.dataset ?? shippedDataset;
  const catalog = catalogOf(dataset);
  const { view, problems } = parseView(search, catalog);
  const store = createAppStore(dataset, view);
  store.getState().setNotices(problems);
  window.history.replaceState(null, '', serializeView(view));
  const app = (
    <StoreProvider store={store} dataset={dataset}>
      <UrlSync catalog={catalog} />
      <App />
    </StoreProvider>
  );
  const result = render(options.wrap ? options.wrap(app) : app);
  if (dataset.races.has(view.race)) await screen.findByRole('region', { name: 'The full record' }, { timeout: 5000 });
  if (view.quote !== null) await screen.findByRole('dialog', {}, { timeout: 5000 });
  return { store, ...result };
}
