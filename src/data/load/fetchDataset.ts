/**
 * The dataset the app ships, fetched in the browser: every race folder under src/data/races, the quotes and the articles.
 * Race files are emitted as JSON assets and fetched at start-up rather than compiled into the
 * JavaScript: they are data, they keep the script small, and a file that is broken (even one that
 * is not valid JSON) becomes an error card for that race instead of a failed build or a blank page.
 * Adding a race is adding a folder there (docs/adding-a-race.md).
 *
 * Loading is progressive and bounded: every file is fetched at once, each with a time limit, and
 * the loader reports after each one, so the page can show progress and open a race as soon as its
 * own file (with the quotes and articles) is there, whatever the other races are doing.
 */
import { ArticleTextUnavailable, buildArticles } from '../articles';
import articlesJson from '../articles.json';
import { buildDataset, RaceFilePending, RaceFileUnreadable, type Dataset } from '../dataset';
import { fetchJsonFile, fetchWithin, LOAD_TIMEOUT_MS, reason } from './fetchFile';
import quotesUrl from '../quotes.json?url';
import siteJson from '../site.json';

// The data files are in src/data, one folder up: `base: '../'` keys them from there (./races/<id>/race.json,
// ./articles/<file>), as buildDataset and buildArticles read them.
const raceUrls = import.meta.glob<string>('./races/*/race.json', { base: '../', eager: true, query: '?url', import: 'default' });
// Benchmark builds only: scripts/gates/bench.mjs sets VITE_LAPLINE_STRESS to a generated race's id and copies
// that race into the build as stress/<id>/race.json. Unset in a normal build, so nothing of it ships.
const stressId: string | undefined = import.meta.env.VITE_LAPLINE_STRESS;
if (stressId) raceUrls[`./races/${stressId}/race.json`] = `./stress/${stressId}/race.json`;
// The articles travel as text assets too, fetched alongside the races.
const articleUrls = import.meta.glob<string>('./articles/*.txt', { base: '../', eager: true, query: '?url', import: 'default' });

/** One file the app needs, and how its load is going. */
export type FileLoad = { key: string; label: string; state: 'loading' | 'done' | 'failed' };

/** What the loader has so far: the dataset (once the quotes and articles are settled) and every file's state. */
export type LoadSnapshot = { dataset: Dataset | null; files: FileLoad[] };

/** Fetches an article's text; a failure is returned, not thrown, so one missing article never stops start-up. */
async function fetchText(url: string, timeoutMs: number): Promise<string | ArticleTextUnavailable> {
  try {
    const response = await fetchWithin(url, timeoutMs);
    if (!response.ok) return new ArticleTextUnavailable(`could not be loaded (HTTP ${response.status})`);
    return response.text;
  } catch (error) {
    return new ArticleTextUnavailable(`could not be loaded (${reason(error)})`);
  }
}

/** Fetches one JSON data file; any failure is returned, not thrown, so the other races still load. */
async function fetchJson(url: string, timeoutMs: number): Promise<unknown> {
  const file = await fetchJsonFile(url, timeoutMs);
  return file.error === undefined ? file.json : new RaceFileUnreadable(file.error, file.retryable);
}

/** "phoenix-2023" from "./races/phoenix-2023/race.json". */
const raceIdOf = (path: string) => /races\/([^/]+)\//.exec(path)?.[1] ?? path;

/** Loads the dataset file by file; subscribe to follow it, retryRace to fetch a failed race again. */
export type DatasetLoader = {
  /** Calls `listener` with every new snapshot (and at once with the current one); returns the unsubscribe. */
  subscribe: (listener: (snapshot: LoadSnapshot) => void) => () => void;
  /** Fetches one race's file again (after a time-out or a network failure). */
  retryRace: (raceId: string) => void;
};

/** Starts loading every file now. */
export function loadDataset(urls: Record<string, string> = raceUrls, timeoutMs = LOAD_TIMEOUT_MS): DatasetLoader {
  const racePaths = Object.keys(urls);
  const articlePaths = Object.keys(articleUrls);
  const raceFiles: Record<string, unknown> = Object.fromEntries(racePaths.map((path) => [path, new RaceFilePending()]));
  const texts: Record<string, string | ArticleTextUnavailable> = {};
  let quotesJson: unknown = new RaceFilePending();
  const listeners = new Set<(snapshot: LoadSnapshot) => void>();
  let snapshot: LoadSnapshot = { dataset: null, files: [] };

  const publish = () => {
    const quotesSettled = !(quotesJson instanceof RaceFilePending);
    const articlesSettled = articlePaths.every((path) => path in texts);
    const dataset =
      quotesSettled && articlesSettled
        ? buildDataset(raceFiles, { file: 'src/data/quotes.json', json: quotesJson }, buildArticles(articlesJson, texts), { file: 'src/data/site.json', json: siteJson })
        : null;
    const state = (value: unknown): FileLoad['state'] =>
      value instanceof RaceFilePending || value === undefined ? 'loading' : value instanceof RaceFileUnreadable || value instanceof ArticleTextUnavailable ? 'failed' : 'done';
    const files: FileLoad[] = [
      ...racePaths.map((path) => ({ key: path, label: `Race data: ${raceIdOf(path)}`, state: state(raceFiles[path]) })),
      { key: 'quotes', label: 'Quotes', state: state(quotesJson) },
      ...articlePaths.map((path, i) => ({ key: path, label: `Article ${i + 1} of ${articlePaths.length}`, state: state(texts[path]) })),
    ];
    snapshot = { dataset, files };
    for (const listener of listeners) listener(snapshot);
  };
  const fetchRace = (path: string) =>
    void fetchJson(urls[path]!, timeoutMs).then((json) => {
      raceFiles[path] = json;
      publish();
    });

  racePaths.forEach(fetchRace);
  void fetchJson(quotesUrl, timeoutMs).then((json) => {
    quotesJson = json;
    publish();
  });
  articlePaths.forEach(
    (path) =>
      void fetchText(articleUrls[path]!, timeoutMs).then((text) => {
        texts[path] = text;
        publish();
      }),
  );
  publish();

  return {
    subscribe: (listener) => {
      listeners.add(listener);
      listener(snapshot);
      return () => listeners.delete(listener);
    },
    retryRace: (raceId) => {
      const path = racePaths.find((p) => raceIdOf(p) === raceId);
      if (path === undefined || raceFiles[path] instanceof RaceFilePending) return;
      raceFiles[path] = new RaceFilePending();
      publish();
      fetchRace(path);
    },
  };
}

/** Loads and validates every race file with the quotes and articles; resolves once every file is settled. */
export function fetchDataset(urls: Record<string, string> = raceUrls, timeoutMs = LOAD_TIMEOUT_MS): Promise<Dataset> {
  return new Promise((resolve) => {
    const unsubscribe = loadDataset(urls, timeoutMs).subscribe(({ dataset, files }) => {
      if (dataset && files.every((f) => f.state !== 'loading')) {
        queueMicrotask(() => unsubscribe());
        resolve(dataset);
      }
    });
  });
}

