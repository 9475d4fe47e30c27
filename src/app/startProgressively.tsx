import { createRoot, type RootOptions } from 'react-dom/client';
import { LoadingProgress } from './shell/LoadingProgress';
import { readyToOpen, type Dataset } from '../data/dataset';
import { loadDataset } from '../data/load/fetchDataset';
import { parseAddress, splitPath } from '../state/address';
import { catalogOf, updateCatalog, type AppStore } from '../state/store';
import { AppRoot, guarded, startApp } from './startApp';

/** The address the page was opened at. */
type Address = { pathname: string; search: string };

/** The race an address names, by path or by query (null: none, so the default race opens). */
function namedRace(dataset: Dataset, openedAt: Address): string | null {
  return splitPath(openedAt.pathname, catalogOf(dataset)).race ?? new URLSearchParams(openedAt.search).get('race');
}

/**
 * The races an address needs in order to open as asked: a comparison's two (by path or by query),
 * else the race it names; none when it names none (the default race opens).
 */
function racesToOpen(dataset: Dataset, openedAt: Address): string[] {
  const compare = splitPath(openedAt.pathname, catalogOf(dataset)).compare ?? new URLSearchParams(openedAt.search).get('compare')?.split(',');
  if (compare) return compare;
  const named = namedRace(dataset, openedAt);
  return named === null ? [] : [named];
}

/** True when every race the address needs is in (or has failed: its error card shows). */
function readyFor(dataset: Dataset, openedAt: Address): boolean {
  const needed = racesToOpen(dataset, openedAt);
  return needed.length === 0 ? readyToOpen(dataset, '') : needed.every((id) => readyToOpen(dataset, `?race=${encodeURIComponent(id)}`));
}

/**
 * Starts the app on a page that carries no data (the dev server, the 404 page, or a prerendered page
 * whose data could not be read): every file is fetched, with progress, and a race opens as soon as
 * its own file is in. `notices` are shown with the link's own (the 404 page's: what of the address
 * named no page).
 */
export function startProgressively(rootElement: HTMLElement, rootOptions: RootOptions, openedAt: Address, showFatal: (error: unknown) => void, notices: string[] = []) {
  const root = createRoot(rootElement, rootOptions);
  let store: AppStore | null = null;
  let previous: Dataset | null = null;
  let siteRoot = '/';
  const loader = loadDataset();
  loader.subscribe(({ dataset, files }) => {
    try {
      if (!store) {
        // Progress until the race the link asks for (both, for a comparison: opened with one of them
        // still loading, it would fall back to one race) is in, with the quotes and articles; the others follow.
        if (!dataset || !readyFor(dataset, openedAt)) return root.render(<LoadingProgress files={files} />);
        const started = startApp(dataset, openedAt.pathname + openedAt.search, notices);
        store = started.store;
        siteRoot = started.root;
      } else if (dataset) {
        updateCatalog(store, dataset);
        const current = store.getState().race;
        if (previous && !previous.races.has(current) && dataset.races.has(current)) {
          const catalog = catalogOf(dataset);
          const { view, problems } = namedRace(dataset, openedAt) === current ? parseAddress(openedAt.pathname, openedAt.search, catalog) : parseAddress(siteRoot, `?race=${current}`, catalog);
          store.getState().applyView(view, problems);
        }
      }
      previous = dataset;
      root.render(guarded(<AppRoot store={store} dataset={dataset!} retryRace={loader.retryRace} root={siteRoot} />));
    } catch (error) {
      showFatal(error);
    }
  });
}

