import { hydrateRoot, type RootOptions } from 'react-dom/client';
import { datasetFromEmbedded, type EmbeddedData } from '../data/embeddedDataset';
import { addressOf, parseAddress, splitPath } from '../state/address';
import { isEmbedded, withEmbed } from '../state/embed';
import { catalogOf, createAppStore } from '../state/store';
import { AppRoot, guarded } from './startApp';
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

// The embed is a way of showing the page (a class on <html>, CSS does the rest), set before the first
// render so a prerendered page hydrates unchanged.
const embedded = isEmbedded(openedAt.search);
if (embedded) {
  document.documentElement.classList.add('embedded');
  // Only an embed reports its height: its code loads only there.
  import('./embedHeight').then(
    ({ reportHeightToHost }) => reportHeightToHost(),
    () => {}, // the host keeps the iframe's own height
  );
}

/**
 * A prerendered page (scripts/prerender.mjs) carries its data and the view it was rendered at: the
 * app is built from them at once and hydrates the page's markup. Then, if the address asks for more
 * than the page shows (a lap, a quote, a zoom in the query), that view is applied.
 */
function hydratePrerendered(dataBlock: HTMLElement) {
  const { data, view: pageSearch } = JSON.parse(dataBlock.textContent ?? '') as { data: EmbeddedData; view: string };
  const dataset = datasetFromEmbedded(data);
  const catalog = catalogOf(dataset);
  const { root } = splitPath(openedAt.pathname, catalog);
  const store = createAppStore(dataset, parseAddress(`${root}`, pageSearch, catalog).view);
  // Only once hydrated: hydration must see the store as the page was rendered.
  const applyAddress = () => {
    const { view, problems } = parseAddress(openedAt.pathname, openedAt.search, catalog);
    store.getState().applyView(view, problems);
    const address = addressOf(view, root, catalog);
    window.history.replaceState(null, '', (embedded ? withEmbed(address) : address) + window.location.hash);
  };
  hydrateRoot(rootElement, guarded(<AppRoot store={store} dataset={dataset} root={root} onMounted={applyAddress} />), rootOptions);
}

try {
  const dataBlock = document.getElementById('lapline-data');
  let hydrated = false;
  if (dataBlock) {
    try {
      hydratePrerendered(dataBlock);
      hydrated = true;
    } catch (error) {
      // The page's own data is unreadable (a damaged file, a bad proxy): fetch it as any page would.
      console.warn('The prerendered page could not be hydrated; loading its data instead.', error);
    }
  }
  // Any other page (the dev server, a page whose data is unreadable): the loader that fetches the
  // data, with progress, in a chunk of its own, since a prerendered page never needs it.
  if (!hydrated) {
    import('./startProgressively').then(
      ({ startProgressively }) => startProgressively(rootElement, rootOptions, openedAt, showFatal),
      (error: unknown) => showFatal(new Error(`its code could not be loaded (${error instanceof Error ? error.message : String(error)})`)),
    );
  }
} catch (error) {
  showFatal(error);
}
