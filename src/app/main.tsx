import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { LoadingProgress } from '../components/LoadingProgress';
import { readyToOpen, type Dataset } from '../data/dataset';
import { datasetFromEmbedded, loadDataset, type EmbeddedData } from '../data/fetchDataset';
import { addressOf, parseAddress, splitPath } from '../state/address';
import { catalogOf, createAppStore, updateCatalog, type AppStore } from '../state/store';
import { AppRoot, guarded, startApp } from './startApp';
import './app.css';

const rootElement = document.getElementById('root')!;
const rootOptions: RootOptions = {
  // An error an error boundary caught is handled (it shows its message and Retry where it
  // happened): keep it for the console as a warning, not as an error.
  onCaughtError: (error, info) => console.warn('Handled by an error boundary:', error, info.componentStack),
};

/** Last resort when the app cannot start at all: a plain message, never a blank page. */
function showFatal(error: unknown) {
  const message = document.createElement('p');
  message.className = 'fatal';
  message.textContent = `Lapline could not start: ${error instanceof Error ? error.message : String(error)}. Reloading the page may help.`;
  rootElement.replaceChildren(message);
}

// The link the reader opened: applied again if the race it names arrives late (after a Retry).
const openedAt = { pathname: window.location.pathname, search: window.location.search };

/**
 * A prerendered page (scripts/prerender.mjs) carries its data and the view it was rendered at: the
 * app is built from them at once and hydrates the page's markup. Then, if the address asks for more
 * than the page shows (a lap, a quote, a zoom in the query), that view is applied.
 */
function hydratePrerendered(embedded: HTMLElement) {
  const { data, view: pageSearch } = JSON.parse(embedded.textContent ?? '') as { data: EmbeddedData; view: string };
  const dataset = datasetFromEmbedded(data);
  const catalog = catalogOf(dataset);
  const { root } = splitPath(openedAt.pathname, catalog);
  const store = createAppStore(dataset, parseAddress(`${root}`, pageSearch, catalog).view);
  // Only once hydrated: hydration must see the store as the page was rendered.
  const applyAddress = () => {
    const { view, problems } = parseAddress(openedAt.pathname, openedAt.search, catalog);
    store.getState().applyView(view, problems);
    window.history.replaceState(null, '', addressOf(view, root, catalog) + window.location.hash);
  };
  hydrateRoot(rootElement, guarded(<AppRoot store={store} dataset={dataset} root={root} onMounted={applyAddress} />), rootOptions);
}

/** The race an address names, by path or by query (null: none, so the default race opens). */
function namedRace(dataset: Dataset): string | null {
  return splitPath(openedAt.pathname, catalogOf(dataset)).race ?? new URLSearchParams(openedAt.search).get('race');
}

/** Any other page (the dev server, a host that rewrites paths): the data is fetched, with progress. */
function startProgressively() {
  const root = createRoot(rootElement, rootOptions);
  let store: AppStore | null = null;
  let previous: Dataset | null = null;
  let siteRoot = '/';
  const loader = loadDataset();
  loader.subscribe(({ dataset, files }) => {
    try {
      if (!store) {
        // Progress until the race the link asks for (with the quotes and articles) is in; the others follow.
        const named = dataset ? namedRace(dataset) : null;
        if (!dataset || !readyToOpen(dataset, named === null ? '' : `?race=${encodeURIComponent(named)}`)) return root.render(<LoadingProgress files={files} />);
        const started = startApp(dataset, openedAt.pathname + openedAt.search);
        store = started.store;
        siteRoot = started.root;
      } else if (dataset) {
        updateCatalog(store, dataset);
        const current = store.getState().race;
        if (previous && !previous.races.has(current) && dataset.races.has(current)) {
          const catalog = catalogOf(dataset);
          const { view, problems } = namedRace(dataset) === current ? parseAddress(openedAt.pathname, openedAt.search, catalog) : parseAddress(siteRoot, `?race=${current}`, catalog);
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

try {
  const embedded = document.getElementById('lapline-data');
  let hydrated = false;
  if (embedded) {
    try {
      hydratePrerendered(embedded);
      hydrated = true;
    } catch (error) {
      // The page's own data is unreadable (a damaged file, a bad proxy): fetch it as any page would.
      console.warn('The prerendered page could not be hydrated; loading its data instead.', error);
    }
  }
  if (!hydrated) startProgressively();
} catch (error) {
  showFatal(error);
}
