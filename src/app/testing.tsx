/** Test helpers: render the whole app (or a part) over a dataset and a URL, started as main.tsx starts it. */
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { dataset as shippedDataset } from '../data/load/bundledDataset';
import type { Dataset } from '../data/dataset';
import { preloadPageParts } from './pageParts';
import { startApp } from './startApp';

/**
 * Renders the app as if opened at `search` and waits for its code-split parts (the full record,
 * the follow control, the article reader when the link opens one) to load, as they would in a reader's browser before
 * use; loading them inside Testing Library's async wait keeps React's act() rules. Each wait gives
 * up after Testing Library's timeout, which tests/setup.ts makes 15 s for a busy machine. Returns
 * the store too, for assertions on state.
 */
export async function renderApp(search = '', options: { dataset?: Dataset; wrap?: (app: ReactNode) => ReactNode } = {}) {
  const dataset = options.dataset ?? shippedDataset;
  const { app, store, view } = startApp(dataset, search);
  // The parts any click may bring in (an incident's details, its remarks, the notes) are loaded
  // first, as a reader's browser has them by then: a part's code arriving between two steps of a
  // test on a busy machine would render outside act() (app/pageParts.ts).
  await preloadPageParts({ compare: view.compare !== null && view.compare !== undefined });
  const result = render(options.wrap ? options.wrap(app) : app);
  // A comparison (its own code-split part) has no full record; one race has.
  if (view.compare) {
    if (view.compare.races.every((id) => dataset.races.has(id))) await screen.findByRole('slider', { name: 'Both races' });
  }
  else if (dataset.races.has(view.race)) {
    await screen.findByRole('region', { name: 'The full record' });
    // Follow a driver (and the at-this-lap panel's Following row) load with it, in one chunk.
    await screen.findByRole('combobox', { name: 'Follow a driver' });
    // The summary, the legend and the timeline's controls, each a chunk of its own.
    await screen.findByRole('region', { name: dataset.races.get(view.race)!.name });
    await screen.findByRole('list', { name: 'Legend' });
    await screen.findByRole('group', { name: 'Zoom' });
    await screen.findByRole('button', { name: 'Copy link' });
    await screen.findByRole('region', { name: 'Incidents' });
  }
  // The masthead's parts (the races' links, the theme menu), each a chunk of its own, on every page.
  await screen.findByRole('navigation', { name: 'Races' });
  await screen.findByRole('combobox', { name: 'Theme' });
  if (view.quote !== null) await screen.findByRole('dialog');
  return { store, ...result };
}
