/**
 * Builds the validated dataset from raw files. Pure: the app passes in the files Vite bundles,
 * the tests pass in fixtures (a broken race, a third race) and the validate script passes both.
 */
import { isFrontPageUrl } from '../lib/frontPage';
import { didYouMean } from '../lib/nearest';
import type { Article } from './articles';
import { racesOf } from './entries';
import { readablePath, type DataError } from './validate/errors';
import { siteSchema, type Quote, type Race, type Remark } from './schema';
import { parseWithErrors } from './validate/schemaIssues';
import { validateQuotes } from './validate/validateQuotes';
import { validateRace } from './validate/validateRace';

/**
 * What the navigation and the address parser need of a race whose file is not here (yet): its names
 * and date, its laps and where its incidents are. A prerendered page carries its own race in full and
 * every other one as this (load/embeddedDataset.ts), and fetches the other when the reader opens it.
 */
export type RaceSummary = {
  name: string;
  /** The race's own short name, where its file gives one (raceShortName). */
  shortName?: string;
  track: string;
  date: string;
  lapsRun: number;
  scheduledLaps: number;
  eventLaps: [eventId: string, lap: number][];
  /** Its entrants (id, name), so a link that follows one of them reads before the race is fetched. */
  drivers: [driverId: string, name: string][];
};

/**
 * A race as the app lists it: loaded; failed with the reasons (`retryable` when the file could not
 * be fetched, so fetching it again may work); or not here yet (`pending`: on its way, or, on a
 * prerendered page, to be fetched when the reader opens it). A race the app has not loaded may carry
 * its `summary`, so that it is listed, linked and addressed like a loaded one.
 */
export type RaceEntry =
  | { id: string; file: string; race: Race; errors?: undefined; pending?: undefined; summary?: undefined }
  | { id: string; file: string; race?: undefined; errors: DataError[]; retryable?: boolean; pending?: undefined; summary?: RaceSummary }
  | { id: string; file: string; race?: undefined; errors?: undefined; pending: true; summary?: RaceSummary };

/**
 * Driver ids are shared across races: the same person has the same id, and the same name, in every
 * race file, so a link that follows a driver (`follow=corey-heim`) means one person in every race.
 * Reports a driver id named differently in two races, and one name under two ids (in any races,
 * compared without regard to case or spacing). Races are checked in the order given, so the error
 * names the later file and points at the earlier one.
 */
export function driverConsistencyErrors(races: readonly { file: string; race: Race }[]): DataError[] {
  const errors: DataError[] = [];
  const byId = new Map<string, { name: string; file: string }>();
  const byName = new Map<string, { id: string; name: string; file: string }>();
  const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
  for (const { file, race } of races) {
    race.drivers.forEach((driver, i) => {
      const sameId = byId.get(driver.id);
      if (sameId && sameId.name !== driver.name) {
        errors.push({ file, path: `drivers.${i}.name`, where: readablePath(race, `drivers.${i}.name`), message: `"${driver.name}" is "${sameId.name}" in ${sameId.file}: a driver id must name the same driver, spelled the same, in every race` });
      }
      if (!sameId) byId.set(driver.id, { name: driver.name, file });
      const sameName = byName.get(nameKey(driver.name));
      if (sameName && sameName.id !== driver.id) {
        errors.push({ file, path: `drivers.${i}.id`, where: readablePath(race, `drivers.${i}.id`), message: `"${driver.id}" names ${driver.name}, who is "${sameName.id}" in ${sameName.file}: one driver must have one id in every race` });
      }
      if (!sameName) byName.set(nameKey(driver.name), { id: driver.id, name: driver.name, file });
    });
  }
  return errors;
}

/** Everything the app shows, validated. */
export type Dataset = {
  /** Every race file found, in date order (failed ones last), so the navigation is stable. */
  entries: RaceEntry[];
  races: ReadonlyMap<string, Race>;
  articles: ReadonlyMap<string, Article>;
  quotes: Quote[];
  remarks: Remark[];
  /**
   * Set when the quotes file could not be read (a network failure, a file that is not JSON): the
   * quotes are then unknown, not absent, and the panels say so (with Retry when `retryable`).
   */
  quotesUnavailable?: { message: string; retryable: boolean };
  /** The race the root page opens (site.json's `frontPage`), when it is one of the races listed. */
  frontPage?: string;
  /** Problems outside any one race: the quotes file, the articles, drivers named differently across races. */
  errors: DataError[];
};

/** Article metadata problems a schema cannot see: an original link that is only a site's front page. */
function articleErrors(articles: ReadonlyMap<string, Article>): DataError[] {
  return [...articles.values()].flatMap((a, i) =>
    a.url !== undefined && isFrontPageUrl(a.url)
      ? [{ file: 'src/data/articles.json', path: `articles.${i}.url`, where: `articles[${i}] ${a.id} .url`, message: `"${a.url}" is a site's front page: link the article itself` }]
      : [],
  );
}

/**
 * A data file that could not even be read (network error, time-out, not JSON): reported, never
 * thrown. `retryable` when fetching it again may work (the network, not the file, failed).
 */
export class RaceFileUnreadable {
  constructor(
    readonly message: string,
    readonly retryable = false,
  ) {}
}

/** A race file still on its way: the race is listed, and opens as soon as it arrives. */
export class RaceFilePending {}

/** The race site.json names for the root page, with the problems of that file (an unknown race, with the likely one). */
function frontPageOf(site: { file: string; json: unknown } | undefined, entries: readonly RaceEntry[]): { frontPage?: string; errors: DataError[] } {
  if (!site) return { errors: [] };
  if (site.json instanceof RaceFileUnreadable) return { errors: [{ file: site.file, path: '', message: site.json.message }] };
  const { output, errors } = parseWithErrors(site.file, siteSchema, site.json);
  if (errors.length > 0) return { errors };
  const { frontPage } = output as { frontPage: string };
  const ids = entries.map((e) => e.id);
  if (!ids.includes(frontPage)) return { errors: [{ file: site.file, path: 'frontPage', message: `unknown race "${frontPage}"${didYouMean(frontPage, ids) || ` (the races are ${ids.join(', ')})`}` }] };
  return { frontPage, errors: [] };
}

/**
 * Race files are keyed by their path, `./races/<race-id>/race.json`; the folder gives the id.
 * `site` is site.json (which race the root page opens).
 */
export function buildDataset(
  raceFiles: Record<string, unknown>,
  quotesFile: { file: string; json: unknown },
  articles: ReadonlyMap<string, Article>,
  site?: { file: string; json: unknown },
): Dataset {
  const articleIds = new Set(articles.keys());
  const entries: RaceEntry[] = Object.entries(raceFiles).map(([path, json]) => {
    const id = /races\/([^/]+)\//.exec(path)?.[1] ?? path;
    const file = `src/data/${path.replace(/^\.\//, '')}`;
    if (json instanceof RaceFilePending) return { id, file, pending: true as const };
    if (json instanceof RaceFileUnreadable) return { id, file, errors: [{ file, path: '', message: json.message }], retryable: json.retryable };
    const { race, errors } = validateRace(file, json, { articleIds, expectedId: id });
    return race ? { id, file, race } : { id, file, errors };
  });
  entries.sort((a, b) => {
    if (!a.race || !b.race) return a.race ? -1 : b.race ? 1 : a.id.localeCompare(b.id);
    return a.race.date.localeCompare(b.race.date) || a.id.localeCompare(b.id);
  });
  const races = racesOf(entries);
  // Links into a race that failed or has not arrived yet are not reported (again) here.
  const failedRaceIds = new Set(entries.filter((e) => !e.race).map((e) => e.id));
  // An article whose text did not load cannot check its quotes now; they were checked at build time.
  const articleTexts = new Map([...articles].filter(([, a]) => a.textError === undefined).map(([id, a]) => [id, a.text]));
  const unreadableArticles = new Set([...articles].filter(([, a]) => a.textError !== undefined).map(([id]) => id));
  const articleMeta = new Map([...articles].map(([id, a]) => [id, { race: a.race, date: a.date }]));
  const unreadable = quotesFile.json instanceof RaceFileUnreadable ? quotesFile.json : null;
  const { quotes, errors } = unreadable
    ? { quotes: { quotes: [], remarks: [] }, errors: [{ file: quotesFile.file, path: '', message: unreadable.message }] }
    : validateQuotes(quotesFile.file, quotesFile.json, { articleTexts, unreadableArticles, articleMeta, races, failedRaceIds });
  const drivers = driverConsistencyErrors(entries.flatMap((e) => (e.race ? [{ file: e.file, race: e.race }] : [])));
  const front = frontPageOf(site, entries);
  return {
    entries,
    races,
    articles,
    quotes: quotes.quotes,
    remarks: quotes.remarks,
    ...(unreadable && { quotesUnavailable: { message: unreadable.message, retryable: unreadable.retryable } }),
    ...(front.frontPage !== undefined && { frontPage: front.frontPage }),
    errors: [...articleErrors(articles), ...drivers, ...errors, ...front.errors],
  };
}

/**
 * Whether the app can open on what a link asks for: the race it names has arrived (loaded or
 * failed), or, when it names none (or an unknown one), the front page's race has (or, with no front
 * page set, every race has, since the default race is then the first in date order).
 */
export function readyToOpen(dataset: Dataset, search: string): boolean {
  const named = new URLSearchParams(search).get('race');
  const entry = dataset.entries.find((e) => e.id === named) ?? dataset.entries.find((e) => e.id === dataset.frontPage);
  return entry ? !entry.pending : dataset.entries.every((e) => !e.pending);
}
