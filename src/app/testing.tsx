/** Test helpers: render the whole app (or a part) over a dataset and a URL, started as main.tsx starts it. */
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { dataset as shippedDataset } from '../data/bundledDataset';
import type { Dataset } from '../data/dataset';
import { startApp } from './startApp';

/**
 * Renders the app as if opened at `search` and waits for its code-split parts (the full record,
 * the follow control, the article reader when the link opens one) to load, as they would in a reader's browser before
 * use; loading them inside Testing Library's async wait keeps React's act() rules. Returns the store
 * too, for assertions on state.
 */
export async function renderApp(search = '', options: { dataset?: Dataset; wrap?: (app: ReactNode) => ReactNode } = {}) {
  const dataset = options.dataset ?? shippedDataset;
  const { app, store, view } = startApp(dataset, search);
  const result = render(options.wrap ? options.wrap(app) : app);
  // A comparison (its own code-split part) has no full record; one race has.
  if (view.compare) {
    if (view.compare.races.every((id) => dataset.races.has(id))) await screen.findByRole('slider', { name: 'Both races' }, { timeout: 5000 });
  }
  else if (dataset.races.has(view.race)) {
    await screen.findByRole('region', { name: 'The full record' }, { timeout: 5000 });
    // Follow a driver (and the at-this-lap panel's Following row) load with it, in one chunk.
    await screen.findByRole('combobox', { name: 'Follow a driver' }, { timeout: 5000 });
    // The summary, the legend and the timeline's controls, each a chunk of its own.
    await screen.findByRole('region', { name: dataset.races.get(view.race)!.name }, { timeout: 5000 });
    await screen.findByRole('list', { name: 'Legend' }, { timeout: 5000 });
    await screen.findByRole('group', { name: 'Zoom' }, { timeout: 5000 });
    await screen.findByRole('button', { name: 'Copy link' }, { timeout: 5000 });
    await screen.findByRole('region', { name: 'Incidents' }, { timeout: 5000 });
  }
  // The masthead's parts (the races' links, the theme menu), each a chunk of its own, on every page.
  await screen.findByRole('navigation', { name: 'Races' }, { timeout: 5000 });
  await screen.findByRole('combobox', { name: 'Theme' }, { timeout: 5000 });
  if (view.quote !== null) await screen.findByRole('dialog', {}, { timeout: 5000 });
  return { store, ...result };
}
