/**
 * The server side of prerendering (run in Node by scripts/build/prerender.mjs through Vite's SSR loader):
 * the app itself rendered at one view, with the metadata a link preview reads. No second copy of the
 * UI: it renders the same tree the browser hydrates (startApp.tsx `guarded` + `AppRoot`).
 */
import { preloadPageParts } from './pageParts';
import { renderToString } from 'react-dom/server';
import { dataset } from '../data/load/bundledDataset';
import { embedDataset, pageDataset, raceFile } from '../data/load/embeddedDataset';
import { followFacts } from '../data/follow';
import { afterRaceFor, afterRaceLine, MAX_DESCRIPTION_QUOTE, momentQuote, type PreviewMoment } from '../data/momentPreview';
import { saidBrief } from '../data/quoteTiming';
import { driverById, lapText, raceShortName, speakerName } from '../data/race';
import type { Quote, Race } from '../data/schema';
import { addressOf, parseAddress } from '../state/address';
import { catalogOf, createAppStore } from '../state/store';
import { compareTitle, viewTitle } from '../state/title';
import { defaultRaceOf, serializeView } from '../state/url';
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


/**
 * A quote as a description carries it: “text” – speaker, and when it was said where it is not a
 * reaction to `race` (“…” – Scott Zipadelli, said before this race). `name` stands for the race
 * where "this race" would not do.
 */
function quoted(quote: Quote, race: Race, name?: string): string {
  const when = saidBrief(quote, dataset.articles.get(quote.article), race, name);
  return ` “${quote.text}” – ${speakerName(dataset, quote.speaker)}${when ? `, ${when}` : ''}`;
}

/**
 * What a moment's description adds to its own words: the rulings and later records that concern it
 * (dated), then the moment's quote (data/momentPreview.ts, the one its card shows too) when it is
 * short enough to stay whole in a preview.
 */
function previewTail(race: Race, moment: PreviewMoment): { said: string; quote: Quote | null } {
  const after = afterRaceFor(race, moment).map((item) => ` ${afterRaceLine(item)}.`).join('');
  const quote = momentQuote(dataset, race, moment);
  const shown = quote && quote.text.length <= MAX_DESCRIPTION_QUOTE ? quote : null;
  return { said: `${after}${shown ? quoted(shown, race) : ''}`, quote: shown };
}

/** The first sentence of a text: a full stop that ends a sentence, not one in "No. 11" or "Jr.". */
function firstSentence(text: string): string {
  const end = /[.!?](?=\s+[A-Z“"‘'(])/g;
  for (let match = end.exec(text); match; match = end.exec(text)) {
    if (!/\b(No|Nos|Jr|Sr|St|Mr|Dr|vs)$/.test(text.slice(0, match.index))) return text.slice(0, match.index + 1);
  }
  return text;
}

/**
 * A page's metadata: its title, a description (the incident in one sentence, or the followed
 * driver's race in a few facts; then one short verbatim quote with its speaker).
 */
function metadata(page: PageId) {
  if (page.compare) return page.noSpoilers ? compareWithoutSpoilers(page.compare) : compareMetadata(page.compare);
  const race = dataset.races.get(page.raceId)!;
  if (page.noSpoilers) return withoutSpoilers(race);
  const event = race.events.find((e) => e.id === page.eventId);
  const view = parseAddress(pagePath(page), '', catalog).view;
  const title = viewTitle(race, { lap: view.lap, event: view.event, hideAhead: false, follow: view.follow });
  const driver = page.follow ? driverById(race, page.follow) : undefined;
  if (page.follow && !driver) throw new Error(`No driver ${page.follow} in ${race.id}`);
  if (driver) {
    // The driver's race in our own words, then what came after the flag, then their own words about it (none if they have none).
    const facts = followFacts(race, driver.id)!.join(', ');
    const tail = previewTail(race, { driverId: driver.id });
    return {
      view,
      title,
      description: `${driver.name} in the ${race.name} (${race.track.name}, ${race.date}): ${facts}.${tail.said}`,
      quote: tail.quote,
    };
  }
  if (!event) {
    const winner = race.drivers.find((d) => d.id === race.winner)?.name;
    return {
      view,
      title,
      description: `${race.series}, ${race.track.name}, ${race.date}: ${race.lapsRun} laps${winner ? `, won by ${winner}` : ''}. Every incident on a lap timeline, with what the drivers said.`,
      quote: null,
    };
  }
  // The first sentence of our own description, then what came after the flag, then the moment's quote, word for word.
  const sentence = firstSentence(event.description);
  const tail = previewTail(race, { eventId: event.id });
  return { view, title, description: `Lap ${lapText(event).replace(/^laps? /, '')}: ${sentence}${tail.said}`, quote: tail.quote };
}

/**
 * A race's spoiler-free page: its title, description and card give only what is known before the
 * green flag (the race, the track, the date, the scheduled distance), never the winner, the laps
 * run, an incident or a quote.
 */
function withoutSpoilers(race: Race) {
  const view = parseAddress(pagePath({ raceId: race.id, eventId: null, noSpoilers: true }), '', catalog).view;
  return {
    view,
    title: `${race.name}, ${race.track.name}, without spoilers – Lapline`,
    description: `${race.series}, ${race.track.name}, ${race.date}, ${race.scheduledLaps} laps scheduled. Relive it lap by lap from the green flag, without spoilers: nothing after the lap you are on is shown.`,
    quote: null,
  };
}

/** Two races side by side, without spoilers: only what is known before either starts. */
function compareWithoutSpoilers(pair: [string, string]) {
  const view = parseAddress(pagePath({ raceId: pair[0], eventId: null, compare: pair, noSpoilers: true }), '', catalog).view;
  const [a, b] = pair.map((id) => dataset.races.get(id)!) as [Race, Race];
  return {
    view,
    title: `${raceShortName(a)} and ${raceShortName(b)}, side by side, without spoilers – Lapline`,
    description: `The ${a.name} (${a.scheduledLaps} laps scheduled) and the ${b.name} (${b.scheduledLaps} laps scheduled) on one lap timeline, from the green flag, without spoilers: nothing after the cursor is shown.`,
    quote: null,
  };
}

/**
 * A comparison's metadata: the two races in our words, and the shortest quote in which one race's
 * article speaks of the other (the 2025 crew chief on the 2023 spin), word for word.
 */
function compareMetadata(pair: [string, string]) {
  const view = parseAddress(`/compare/${pair[0]}/${pair[1]}/`, '', catalog).view;
  const [a, b] = pair.map((id) => dataset.races.get(id)!) as [Race, Race];
  const about = (q: Quote) => {
    const from = dataset.articles.get(q.article)?.race;
    return q.events.find((link) => from !== undefined && from !== link.race && pair.includes(from) && pair.includes(link.race));
  };
  const crossing = dataset.quotes
    .filter((q) => q.text.length <= MAX_DESCRIPTION_QUOTE && about(q) !== undefined)
    .sort((x, y) => x.text.length - y.text.length)[0];
  // When it was said, relative to the race it speaks of (named: the page has two).
  const spoken = crossing ? dataset.races.get(about(crossing)!.race) : undefined;
  const said = crossing && spoken ? quoted(crossing, spoken, raceShortName(spoken)) : '';
  return {
    view,
    title: compareTitle([a, b], a, view),
    description: `The ${a.name} (${a.lapsRun} laps) and the ${b.name} (${b.lapsRun} laps) on one lap timeline, lined up by share of the scheduled distance.${said}`,
    quote: crossing ?? null,
  };
}

/** Renders one page: the app's markup at that view, the view it was rendered at, and the page's metadata. */
export async function renderPage(page: PageId, root: string) {
  const { view, title, description } = metadata(page);
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
