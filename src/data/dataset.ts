/**
 * Builds the validated dataset from raw files. Pure: the app passes in the files Vite bundles,
 * the tests pass in fixtures (a broken race, a third race) and the validate script passes both.
 */
import { isFrontPageUrl } from '../lib/frontPage';
import type { Article } from './articles';
import { racesOf } from './entries';
import type { DataError } from './errors';
import type { Quote, Race, Remark } from './schema';
import { validateQuotes } from './validateQuotes';
import { validateRace } from './validateRace';

/**
 * What the navigation and the address parser need of a race whose file is not here (yet): its names
 * and date, its laps and where its incidents are. A prerendered page carries its own race in full and
 * every other one as this (embeddedDataset.ts), and fetches the other when the reader opens it.
 */
export type RaceSummary = {
  name: string;
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
        errors.push({ file, path: `drivers.${i}.name`, message: `"${driver.name}" is "${sameId.name}" in ${sameId.file}: a driver id must name the same driver, spelled the same, in every race` });
      }
      if (!sameId) byId.set(driver.id, { name: driver.name, file });
      const sameName = byName.get(nameKey(driver.name));
      if (sameName && sameName.id !== driver.id) {
        errors.push({ file, path: `drivers.${i}.id`, message: `"${driver.id}" names ${driver.name}, who is "${sameName.id}" in ${sameName.file}: one driver must have one id in every race` });
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
  /** Problems outside any one race: the quotes file, the articles, drivers named differently across races. */
  errors: DataError[];
};

/** Article metadata problems a schema cannot see: an original link that is only a site's front page. */
function articleErrors(articles: ReadonlyMap<string, Article>): DataError[] {
  return [...articles.values()].flatMap((a, i) =>
    a.url !== undefined && isFrontPageUrl(a.url)
      ? [{ file: 'src/data/articles.json', path: `articles.${i}.url`, message: `"${a.url}" is a site's front page: link the article itself` }]
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

/** Race files are keyed by their path, `./races/<race-id>/race.json`; the folder gives the id. */
export function buildDataset(raceFiles: Record<string, unknown>, quotesFile: { file: string; json: unknown }, articles: ReadonlyMap<string, Article>): Dataset {
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
  const { quotes, errors } =
    quotesFile.json instanceof RaceFileUnreadable
      ? { quotes: { quotes: [], remarks: [] }, errors: [{ file: quotesFile.file, path: '', message: quotesFile.json.message }] }
      : validateQuotes(quotesFile.file, quotesFile.json, { articleTexts, unreadableArticles, articleMeta, races, failedRaceIds });
  const drivers = driverConsistencyErrors(entries.flatMap((e) => (e.race ? [{ file: e.file, race: e.race }] : [])));
  return { entries, races, articles, quotes: quotes.quotes, remarks: quotes.remarks, errors: [...articleErrors(articles), ...drivers, ...errors] };
}

/**
 * Whether the app can open on what a link asks for: the race it names has arrived (loaded or
 * failed), or, when it names none (or an unknown one), every race has, since the default race is
 * the first in date order.
 */
export function readyToOpen(dataset: Dataset, search: string): boolean {
  const named = new URLSearchParams(search).get('race');
  const entry = dataset.entries.find((e) => e.id === named);
  return entry ? !entry.pending : dataset.entries.every((e) => !e.pending);
}
