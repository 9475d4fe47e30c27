/**
 * The dataset the app ships, fetched in the browser: every race folder under ./races, the quotes and the articles.
 * Race files are emitted as JSON assets and fetched at start-up rather than compiled into the
 * JavaScript: they are data, they keep the script small, and a file that is broken (even one that
 * is not valid JSON) becomes an error card for that race instead of a failed build or a blank page.
 * Adding a race is adding a folder here (docs/adding-a-race.md).
 */
import { ArticleTextUnavailable, buildArticles } from './articles';
import articlesJson from './articles.json';
import { buildDataset, RaceFileUnreadable, type Dataset } from './dataset';
import quotesUrl from './quotes.json?url';

const raceUrls = import.meta.glob<string>('./races/*/race.json', { eager: true, query: '?url', import: 'default' });
// Benchmark builds only: scripts/bench.mjs sets VITE_LAPLINE_STRESS to a generated race's id and copies
// that race into the build as stress/<id>/race.json. Unset in a normal build, so nothing of it ships.
const stressId: string | undefined = import.meta.env.VITE_LAPLINE_STRESS;
if (stressId) raceUrls[`./races/${stressId}/race.json`] = `./stress/${stressId}/race.json`;
// The articles travel as text assets too, fetched alongside the races.
const articleUrls = import.meta.glob<string>('./articles/*.txt', { eager: true, query: '?url', import: 'default' });

/** Fetches an article's text; a failure is returned, not thrown, so one missing article never stops start-up. */
async function fetchText(url: string): Promise<string | ArticleTextUnavailable> {
  try {
    const response = await fetch(url);
    if (!response.ok) return new ArticleTextUnavailable(`could not be loaded (HTTP ${response.status})`);
    return await response.text();
  } catch (error) {
    return new ArticleTextUnavailable(`could not be loaded (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Fetches one JSON data file; any failure is returned, not thrown, so the other races still load. */
async function fetchJson(url: string): Promise<unknown> {
  try {
    const response = await fetch(url);
    if (!response.ok) return new RaceFileUnreadable(`could not be loaded (HTTP ${response.status})`);
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      return new RaceFileUnreadable(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  } catch (error) {
    return new RaceFileUnreadable(`could not be loaded (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Loads and validates every race file with the quotes and articles. */
export async function fetchDataset(urls: Record<string, string> = raceUrls): Promise<Dataset> {
  const paths = Object.keys(urls);
  const articlePaths = Object.keys(articleUrls);
  const [quotesJson, files, texts] = await Promise.all([
    fetchJson(quotesUrl),
    Promise.all(paths.map((path) => fetchJson(urls[path]!))),
    Promise.all(articlePaths.map((path) => fetchText(articleUrls[path]!))),
  ]);
  const articles = buildArticles(articlesJson, Object.fromEntries(articlePaths.map((path, i) => [path, texts[i]!])));
  return buildDataset(Object.fromEntries(paths.map((path, i) => [path, files[i]])), { file: 'src/data/quotes.json', json: quotesJson }, articles);
}
