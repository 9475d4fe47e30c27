/**
 * What a prerendered page tells a link preview before anyone opens it (app/prerender.tsx puts it in
 * the page's head, scripts/build/prerender.mjs writes it): the page's title and description, and
 * the quote the description carries. A pure function of the data, so that its rules are tested, and
 * mutation-tested, without rendering a page.
 *
 * Quotation marks hold an article's exact words only: the quote is the moment's (data/momentPreview.ts,
 * the one its card shows too), whole or not at all; every other word is ours.
 */
import type { Dataset } from '../data/dataset';
import { followFacts } from '../data/follow';
import { afterRaceFor, afterRaceLine, MAX_DESCRIPTION_QUOTE, momentQuote, type PreviewMoment } from '../data/momentPreview';
import { pagePath, type PageId } from '../data/pages';
import { saidBrief } from '../data/quoteTiming';
import { driverById, lapText, raceShortName, speakerName } from '../data/race';
import type { Quote, Race } from '../data/schema';
import { parseAddress } from '../state/address';
import { catalogOf } from '../state/store';
import { compareTitle, viewTitle } from '../state/title';
import type { Catalog, LinkView } from '../state/view';

/** A page's metadata: the view it shows, its title and description, and the quote in the description (null when none). */
export type PageMetadata = { view: LinkView; title: string; description: string; quote: Quote | null };

/** The view a page shows: the one its address opens (a page's address is a path, with no query). */
const viewOfPage = (page: PageId, catalog: Catalog): LinkView => parseAddress(pagePath(page), '', catalog).view;

/**
 * A quote as a description carries it: “text” – speaker, and when it was said where it is not a
 * reaction to `race` (“…” – Scott Zipadelli, said before this race). `name` stands for the race
 * where "this race" would not do.
 */
function quoted(dataset: Dataset, quote: Quote, race: Race, name?: string): string {
  const when = saidBrief(quote, dataset.articles.get(quote.article), race, name);
  return ` “${quote.text}” – ${speakerName(dataset, quote.speaker)}${when ? `, ${when}` : ''}`;
}

/**
 * What a moment's description adds to its own words: the rulings and later records that concern it
 * (dated), then the moment's quote (data/momentPreview.ts, the one its card shows too) when it is
 * short enough to stay whole in a preview.
 */
function previewTail(dataset: Dataset, race: Race, moment: PreviewMoment): { said: string; quote: Quote | null } {
  const after = afterRaceFor(race, moment).map((item) => ` ${afterRaceLine(item)}.`).join('');
  const quote = momentQuote(dataset, race, moment);
  const shown = quote && quote.text.length <= MAX_DESCRIPTION_QUOTE ? quote : null;
  return { said: `${after}${shown ? quoted(dataset, shown, race) : ''}`, quote: shown };
}

/** The first sentence of a text: a full stop that ends a sentence, not one in "No. 11" or "Jr.". */
export function firstSentence(text: string): string {
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
export function pageMetadata(dataset: Dataset, page: PageId): PageMetadata {
  const catalog = catalogOf(dataset);
  if (page.compare) return page.noSpoilers ? compareWithoutSpoilers(dataset, page.compare) : compareMetadata(dataset, page.compare);
  const race = dataset.races.get(page.raceId)!;
  if (page.noSpoilers) return withoutSpoilers(catalog, race);
  const event = race.events.find((e) => e.id === page.eventId);
  const view = viewOfPage(page, catalog);
  const title = viewTitle(race, view);
  const driver = page.follow ? driverById(race, page.follow) : undefined;
  if (page.follow && !driver) throw new Error(`No driver ${page.follow} in ${race.id}`);
  if (driver) {
    // The driver's race in our own words, then what came after the flag, then their own words about it (none if they have none).
    const facts = followFacts(race, driver.id)!.join(', ');
    const tail = previewTail(dataset, race, { driverId: driver.id });
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
  const tail = previewTail(dataset, race, { eventId: event.id });
  return { view, title, description: `Lap ${lapText(event).replace(/^laps? /, '')}: ${sentence}${tail.said}`, quote: tail.quote };
}

/**
 * A race's spoiler-free page: its title, description and card give only what is known before the
 * green flag (the race, the track, the date, the scheduled distance), never the winner, the laps
 * run, an incident or a quote.
 */
function withoutSpoilers(catalog: Catalog, race: Race): PageMetadata {
  const view = viewOfPage({ raceId: race.id, eventId: null, noSpoilers: true }, catalog);
  return {
    view,
    title: `${race.name}, ${race.track.name}, without spoilers – Lapline`,
    description: `${race.series}, ${race.track.name}, ${race.date}, ${race.scheduledLaps} laps scheduled. Relive it lap by lap from the green flag, without spoilers: nothing after the lap you are on is shown.`,
    quote: null,
  };
}

/** Two races side by side, without spoilers: only what is known before either starts. */
function compareWithoutSpoilers(dataset: Dataset, pair: [string, string]): PageMetadata {
  const view = viewOfPage({ raceId: pair[0], eventId: null, compare: pair, noSpoilers: true }, catalogOf(dataset));
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
function compareMetadata(dataset: Dataset, pair: [string, string]): PageMetadata {
  const view = viewOfPage({ raceId: pair[0], eventId: null, compare: pair }, catalogOf(dataset));
  const [a, b] = pair.map((id) => dataset.races.get(id)!) as [Race, Race];
  // Read as a list that may hold undefined: a quote whose article is not known is in neither race.
  const races: readonly (string | undefined)[] = pair;
  const about = (q: Quote) => {
    const from = dataset.articles.get(q.article)?.race;
    return q.events.find((link) => from !== link.race && races.includes(from) && races.includes(link.race));
  };
  const crossing = dataset.quotes
    .filter((q) => q.text.length <= MAX_DESCRIPTION_QUOTE && about(q) !== undefined)
    .sort((x, y) => x.text.length - y.text.length)[0];
  // When it was said, relative to the race it speaks of (named: the page has two).
  const spoken = crossing && dataset.races.get(about(crossing)!.race);
  const said = spoken ? quoted(dataset, crossing, spoken, raceShortName(spoken)) : '';
  return {
    view,
    title: compareTitle([a, b], a, view),
    description: `The ${a.name} (${a.lapsRun} laps) and the ${b.name} (${b.lapsRun} laps) on one lap timeline, lined up by share of the scheduled distance.${said}`,
    quote: crossing ?? null,
  };
}
