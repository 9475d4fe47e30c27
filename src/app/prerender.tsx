/**
 * The server side of prerendering (run in Node by scripts/build/prerender.mjs through Vite's SSR loader):
 * the app itself rendered at one view, with the metadata a link preview reads. No second copy of the
 * UI: it renders the same tree the browser hydrates (startApp.tsx `guarded` + `AppRoot`).
 */
import { preloadPageParts } from './pageParts';
import { renderToString } from 'react-dom/server';
import { dataset } from '../data/load/bundledDataset';
import { embedDataset, pageDataset, raceFile } from '../data/load/embeddedDataset';
import { addressOf } from '../state/address';
import { catalogOf, createAppStore } from '../state/store';
import { defaultRaceOf, serializeView } from '../state/url';
import { pageMetadata } from './pageMetadata';
import { AppRoot, guarded } from './startApp';
import { NotFoundPage } from './NotFoundPage';
import type { NotFoundData } from './notFound';
import { cardFileOf, pagePath, pagesOf, type PageId } from '../data/pages';

const catalog = catalogOf(dataset);

export type { PageId };
export { cardFileOf };

/** Every page (data/pages.ts, the list the cards draw from too). */
export function pageIds(): PageId[] {
  return pagesOf(dataset);
}

/** The root page: the page of the race the data chooses for it (site.json's frontPage), written at the site's root. */
export function rootPage(): PageId {
  return { raceId: defaultRaceOf(catalog), eventId: null };
}


/** Renders one page: the app's markup at that view, the view it was rendered at, and the page's metadata. */
export async function renderPage(page: PageId, root: string) {
  const { view, title, description } = pageMetadata(dataset, page);
  // Rendered over the data the page carries (its own race, the others summarised), as it hydrates.
  const data = pageDataset(dataset, page.compare ?? [page.raceId]);
  const store = createAppStore(data, view);
  // Code-split parts on the page are loaded first, so they render in full (LazyPart renders a loaded
  // part at once). renderToString, not a streaming render: no inline scripts, which the CSP refuses.
  await preloadPageParts({ compare: Boolean(page.compare) });
  const html = renderToString(guarded(<AppRoot store={store} dataset={data} root={root} />));
  // The page's folder under the site root: "phoenix-2023/hocevar-spins-heim/" (a page's own view needs no query).
  const path = addressOf(view, '/', catalog).slice(1);
  if (path.includes('?')) throw new Error(`The page for ${page.raceId}/${page.eventId ?? ''} would need a query: ${path}`);
  if (`/${path}` !== pagePath(page)) throw new Error(`The page for ${pagePath(page)} would be written at /${path}`);
  return { html, view: serializeView(view), path, title, description };
}

/** Each loaded race's file, for the pages that do not carry that race (scripts/build/prerender.mjs writes them). */
export function raceFiles(): { id: string; json: string }[] {
  return dataset.entries.filter((e) => e.race).map((e) => ({ id: e.id, json: JSON.stringify(raceFile(e)) }));
}

/**
 * What a page of races `raceIds` (one, or the two compared) carries for hydration (scripts/build/prerender.mjs embeds it): the view it
 * shows, its data (pageDataset), and where the files of the races it does not carry are, relative to
 * the site's root (`files`: every race's, as written).
 */
export function embeddedPayload(view: string, raceIds: readonly string[], files: Record<string, string>) {
  const data = pageDataset(dataset, raceIds);
  const raceFiles = Object.fromEntries(data.entries.filter((e) => e.pending && files[e.id] !== undefined).map((e) => [e.id, files[e.id]!]));
  return { view, data: embedDataset(data), raceFiles };
}

/**
 * The site's 404 page under the site root `root` (scripts/build/prerender.mjs writes it as dist/404.html):
 * its markup, its title and description, and the data its script reads (app/notFound.ts).
 */
export function renderNotFound(root: string): { html: string; title: string; description: string; data: NotFoundData } {
  const races = [...dataset.races.values()];
  return {
    html: renderToString(<NotFoundPage races={races} root={root} />),
    title: 'Page not found – Lapline',
    description: 'This address is not a page of Lapline. Every race and comparison is linked from here.',
    data: { root, races: catalog.raceIds },
  };
}
