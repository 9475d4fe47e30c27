/**
 * Builds the validated dataset from raw files. Pure: the app passes in the files Vite bundles,
 * the tests pass in fixtures (a broken race, a third race) and the validate script passes both.
 */
import { isFrontPageUrl } from '../lib/frontPage';
import type { Article } from './articles';
import type { DataError } from './errors';
import type { Quote, Race, Remark } from './schema';
import { validateQuotes } from './validateQuotes';
import { validateRace } from './validateRace';

/** A race as the app lists it: loaded, or failed with the reasons. */
export type RaceEntry = { id: string; file: string; race: Race; errors?: undefined } | { id: string; file: string; race?: undefined; errors: DataError[] };

/** Everything the app shows, validated. */
export type Dataset = {
  /** Every race file found, in date order (failed ones last), so the navigation is stable. */
  entries: RaceEntry[];
  races: ReadonlyMap<string, Race>;
  articles: ReadonlyMap<string, Article>;
  quotes: Quote[];
  remarks: Remark[];
  /** Problems outside any one race (the quotes file). */
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

/** A data file that could not even be read (network error, not JSON): reported, never thrown. */
export class RaceFileUnreadable {
  constructor(readonly message: string) {}
}

/** Race files are keyed by their path, `./races/<race-id>/race.json`; the folder gives the id. */
export function buildDataset(raceFiles: Record<string, unknown>, quotesFile: { file: string; json: unknown }, articles: ReadonlyMap<string, Article>): Dataset {
  const articleIds = new Set(articles.keys());
  const entries: RaceEntry[] = Object.entries(raceFiles).map(([path, json]) => {
    const id = /races\/([^/]+)\//.exec(path)?.[1] ?? path;
    const file = `src/data/${path.replace(/^\.\//, '')}`;
    if (json instanceof RaceFileUnreadable) return { id, file, errors: [{ file, path: '', message: json.message }] };
    const { race, errors } = validateRace(file, json, { articleIds, expectedId: id });
    return race ? { id, file, race } : { id, file, errors };
  });
  entries.sort((a, b) => {
    if (!a.race || !b.race) return a.race ? -1 : b.race ? 1 : a.id.localeCompare(b.id);
    return a.race.date.localeCompare(b.race.date) || a.id.localeCompare(b.id);
  });
  const races = new Map(entries.flatMap((e) => (e.race ? [[e.id, e.race] as const] : [])));
  const failedRaceIds = new Set(entries.filter((e) => !e.race).map((e) => e.id));
  // An article whose text did not load cannot check its quotes now; they were checked at build time.
  const articleTexts = new Map([...articles].filter(([, a]) => a.textError === undefined).map(([id, a]) => [id, a.text]));
  const unreadableArticles = new Set([...articles].filter(([, a]) => a.textError !== undefined).map(([id]) => id));
  const articleMeta = new Map([...articles].map(([id, a]) => [id, { race: a.race, date: a.date }]));
  const { quotes, errors } =
    quotesFile.json instanceof RaceFileUnreadable
      ? { quotes: { quotes: [], remarks: [] }, errors: [{ file: quotesFile.file, path: '', message: quotesFile.json.message }] }
      : validateQuotes(quotesFile.file, quotesFile.json, { articleTexts, unreadableArticles, articleMeta, races, failedRaceIds });
  return { entries, races, articles, quotes: quotes.quotes, remarks: quotes.remarks, errors: [...articleErrors(articles), ...errors] };
}
