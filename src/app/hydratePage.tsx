/**
 * Starting the app on a prerendered page (scripts/build/prerender.mjs): the page carries its data and the
 * view it was rendered at, so the app is built from them at once and hydrates the page's markup.
 * Then, if the address asks for more than the page shows (a lap, a quote, a zoom in the query), that
 * view is applied. The page carries its own race only: another race's file is fetched when the
 * reader opens that race, or is about to (data/load/fetchRace.ts).
 */
import { hydrateRoot, type Root, type RootOptions } from 'react-dom/client';
import type { Dataset } from '../data/dataset';
import { datasetFromEmbedded, type EmbeddedData } from '../data/load/embeddedDataset';
import type { RaceFetcher } from '../data/load/fetchRace';
import { withEntry } from '../data/entries';
import { addressOf, parseAddress, splitPath } from '../state/address';
import { withEmbed } from '../state/embed';
import { catalogOf, createAppStore, updateCatalog, viewOf } from '../state/store';
import { preloadPart } from '../ui/LazyPart';
import { loadCompareView } from './App';
import { CodeUnavailable } from './codeFailure';
import { takeEarlyInput } from '../ui/earlyInput';
import { AppRoot, guarded } from './startApp';

/** What a prerendered page's data block holds. */
export type PageData = {
  data: EmbeddedData;
  /** The query of the view the page was rendered at. */
  view: string;
  /** The files of the races the page does not carry, by race id, relative to the site's root. */
  raceFiles?: Record<string, string>;
};

/**
 * Hydrates the prerendered markup in `rootElement` from the page's data block (its text), then applies
 * the address the page was opened at. Throws, before touching the page, when the block cannot be read.
 * Returns the React root (the tests unmount it), once hydrating has begun: on a comparison's page,
 * after the comparison's code has loaded. That part is code-split, and the server drew it at the
 * page's view: hydrated any later, it would meet a store the address has already moved (a lap, a
 * driver followed in the query), and its markup would not match. If it cannot load, nothing is
 * hydrated (the promise fails with CodeUnavailable): the page stays as drawn, readable.
 * What the reader did on the page before hydrating is applied once hydrated (ui/earlyInput.ts).
 */
export function hydratePage(
  rootElement: HTMLElement,
  dataBlock: string,
  openedAt: { pathname: string; search: string },
  { embedded, rootOptions }: { embedded: boolean; rootOptions?: RootOptions },
): Promise<Root> {
  const { data, view: pageSearch, raceFiles = {} } = JSON.parse(dataBlock) as PageData;
  const dataset = datasetFromEmbedded(data);
  const catalog = catalogOf(dataset);
  const { root } = splitPath(openedAt.pathname, catalog);
  const store = createAppStore(dataset, parseAddress(`${root}`, pageSearch, catalog).view);
  // The race files' addresses, made absolute now, before the address bar changes (to a race's page, an incident's).
  const siteUrl = new URL(root, window.location.href);
  const raceUrls = Object.fromEntries(Object.entries(raceFiles).map(([id, path]) => [id, new URL(path, siteUrl).href]));
  let current = dataset;
  const onRacesChange = (next: Dataset) => {
    current = next;
    updateCatalog(store, next);
    reactRoot?.render(app(next));
  };
  const races = racesOnDemand(() => current, raceUrls, onRacesChange);
  let early = { changes: () => {}, press: () => {} };
  // Only once hydrated: hydration must see the store as the page was rendered. The link first, then
  // what the reader changed on the page since it was drawn (which came after the link), all in the
  // address the page opens on; a button pressed meanwhile, once the address follows the app.
  const applyAddress = () => {
    const { view, problems } = parseAddress(openedAt.pathname, openedAt.search, catalog);
    store.getState().applyView(view, problems);
    early.changes();
    const address = addressOf(viewOf(store.getState()), root, catalog);
    window.history.replaceState(null, '', (embedded ? withEmbed(address) : address) + window.location.hash);
  };
  const app = (current: Dataset) =>
    guarded(<AppRoot store={store} dataset={current} root={root} onMounted={applyAddress} onStarted={() => early.press()} retryRace={races.retry} loadRace={races.load} />);
  // Whenever the view turns to a race the page does not carry (a click, Back, the address, a
  // comparison that names it), fetch it.
  store.subscribe(({ race, compare }, previous) => {
    if (race !== previous.race) races.load(race);
    if (compare && compare !== previous.compare) for (const id of compare.races) races.load(id);
  });
  let reactRoot: Root | undefined;
  const ready = store.getState().compare ? loadCompareView().then(() => preloadPart(loadCompareView)) : Promise.resolve();
  return ready.then(
    () => {
      // From here React takes the page's events; what came before is replayed once it is hydrated.
      early = takeEarlyInput(rootElement);
      return (reactRoot = hydrateRoot(rootElement, app(dataset), rootOptions));
    },
    (error: unknown) => {
      throw new CodeUnavailable('the comparison’s code could not be loaded', { cause: error });
    },
  );
}

/**
 * The fetcher of the races a page does not carry (data/load/fetchRace.ts), its code loaded the first time
 * a race is asked for: most readers stay on the page's own race, so it is not part of the first load.
 * If that code cannot load (offline), the race shows its error card with Retry, as a failed file does.
 */
function racesOnDemand(currentDataset: () => Dataset, urls: Record<string, string>, onChange: (dataset: Dataset) => void): RaceFetcher {
  let fetcher: Promise<RaceFetcher> | undefined;
  const fetching = () => (fetcher ??= import('../data/load/fetchRace').then((m) => m.fetchRacesOnDemand(currentDataset(), urls, onChange)));
  const codeFailed = (raceId: string) => {
    fetcher = undefined; // a Retry tries to load it again
    const dataset = currentDataset();
    const entry = dataset.entries.find((e) => e.id === raceId);
    if (!entry?.pending) return;
    const errors = [{ file: entry.file, path: '', message: 'could not be fetched: the code that fetches it did not load' }];
    onChange(withEntry(dataset, { id: entry.id, file: entry.file, errors, retryable: true, summary: entry.summary }));
  };
  return {
    load: (raceId) => void fetching().then((f) => f.load(raceId), () => codeFailed(raceId)),
    retry: (raceId) => void fetching().then((f) => f.retry(raceId), () => codeFailed(raceId)),
  };
}
