/**
 * The loader the app runs at start-up, with the network replaced by the files on disk: a race file
 * that is not even JSON, or cannot be fetched, becomes an error card for that race only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fetchDataset, loadDataset, type LoadSnapshot } from './fetchDataset';
import { readyToOpen } from '../dataset';
import { formatDataError } from '../validate/errors';

const ROOT = resolve(__dirname, '../../..');
/** src/data, where the data files are. */
const DATA = resolve(__dirname, '..');
/** Every race folder on disk, and every article: the loader must fetch whatever is there, however many. */
const RACE_IDS = readdirSync(resolve(DATA, 'races')).sort();
const ARTICLE_COUNT = readdirSync(resolve(DATA, 'articles')).filter((f) => f.endsWith('.txt')).length;
/** Serves asset URLs (as Vite gives them in tests: /src/…) from disk, with per-URL overrides. */
function serveFiles(overrides: Record<string, Response | Error> = {}) {
  return vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    const override = Object.entries(overrides).find(([part]) => url.includes(part))?.[1];
    if (override instanceof Error) throw override;
    if (override) return override;
    return new Response(readFileSync(resolve(ROOT, `.${new URL(url, 'http://x').pathname}`)));
  });
}

describe('fetchDataset', () => {
  it('loads every shipped race, the quotes and the articles', async () => {
    vi.stubGlobal('fetch', serveFiles());
    const dataset = await fetchDataset();
    expect([...dataset.races.keys()].sort()).toEqual(RACE_IDS);
    expect(dataset.races.has('phoenix-2023') && dataset.races.has('roval-2025')).toBe(true);
    expect(dataset.errors).toEqual([]);
    expect(dataset.quotes.length).toBeGreaterThan(20);
    expect(dataset.articles.size).toBe(ARTICLE_COUNT);
    expect(dataset.quotesUnavailable).toBeUndefined();
  });

  it('turns a race file that is not JSON into an error for that race only', async () => {
    vi.stubGlobal('fetch', serveFiles({ 'roval-2025': new Response('{ "id": "roval-2025", oops') }));
    const dataset = await fetchDataset();
    expect(dataset.races.has('phoenix-2023')).toBe(true);
    const roval = dataset.entries.find((e) => e.id === 'roval-2025')!;
    expect(roval.race).toBeUndefined();
    expect(roval.errors!.map(formatDataError)).toEqual([expect.stringMatching(/^src\/data\/races\/roval-2025\/race\.json: \(root\): could not be read: it is not valid JSON/)]);
    expect(roval.errors !== undefined && roval.retryable).toBe(true);
  });

  it('takes a quotes file with a trailing comma for quotes that could not be loaded, not for no quotes', async () => {
    const quotes = readFileSync(resolve(DATA, 'quotes.json'), 'utf8').replace(/\}\n {2}\],\n {2}"remarks"/, '},\n  ],\n  "remarks"');
    expect(() => JSON.parse(quotes)).toThrow();
    vi.stubGlobal('fetch', serveFiles({ 'quotes.json': new Response(quotes) }));
    const dataset = await fetchDataset();
    expect(dataset.quotesUnavailable).toEqual({ message: expect.stringMatching(/^could not be read: it is not valid JSON/), retryable: true });
    expect(dataset.quotes).toEqual([]);
    // The races still open.
    expect(dataset.races.has('phoenix-2023')).toBe(true);
  });

  it('takes a race file answered with a web page (a captive portal) for a delivery fault, with Retry', async () => {
    vi.stubGlobal('fetch', serveFiles({ 'roval-2025': new Response('<!doctype html><p>Sign in to the Wi-Fi', { headers: { 'content-type': 'text/html' } }) }));
    const roval = (await fetchDataset()).entries.find((e) => e.id === 'roval-2025')!;
    expect(roval.errors!.map((e) => e.message)).toEqual(['could not be loaded (a web page came back instead of the data)']);
    expect(roval.errors !== undefined && roval.retryable).toBe(true);
  });

  it('reports a race file that cannot be fetched', async () => {
    vi.stubGlobal('fetch', serveFiles({ 'phoenix-2023': new Response('gone', { status: 404 }), 'roval-2025': new TypeError('network down') }));
    const dataset = await fetchDataset();
    expect(dataset.races.has('phoenix-2023') || dataset.races.has('roval-2025')).toBe(false);
    expect(dataset.entries.filter((e) => e.errors).map((e) => e.errors?.map(formatDataError)[0])).toEqual([
      expect.stringMatching(/phoenix-2023\/race\.json: \(root\): could not be loaded \(HTTP 404\)/),
      expect.stringMatching(/roval-2025\/race\.json: \(root\): could not be loaded \(network down\)/),
    ]);
  });

  it('keeps starting when an article text cannot be loaded: its quotes stay, the article says why', async () => {
    vi.stubGlobal('fetch', serveFiles({ '001_1b467fcaf1ede53a.txt': new Response('gone', { status: 404 }) }));
    const dataset = await fetchDataset();
    expect(dataset.errors).toEqual([]);
    expect(dataset.races.size).toBe(RACE_IDS.length);
    const article = dataset.articles.get('a001-phoenix-heim-hocevar-altercation')!;
    expect(article.textError).toBe('could not be loaded (HTTP 404)');
    expect(dataset.quotes.filter((q) => q.article === article.id).map((q) => q.id)).toContain('heim-since-i-was-5');
    // The other articles are whole.
    expect(dataset.articles.get('a000-phoenix-hocevar-spins-heim')!.textError).toBeUndefined();
  });
});

describe('loadDataset: progressive, bounded loading', () => {
  /** Serves from disk, except the Roval file, which never answers until `release` is called (or the request is aborted). */
  function slowRoval() {
    let hold = true;
    const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (url.includes('roval-2025') && hold) {
        return new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      }
      return new Response(readFileSync(resolve(ROOT, `.${new URL(url, 'http://x').pathname}`)));
    });
    return { fetchMock, release: () => (hold = false) };
  }
  /** Resolves with the first snapshot that satisfies `test`. */
  const until = (loader: ReturnType<typeof loadDataset>, test: (s: LoadSnapshot) => boolean) =>
    new Promise<LoadSnapshot>((done) => {
      const unsubscribe = loader.subscribe((snapshot) => {
        if (!test(snapshot)) return;
        queueMicrotask(() => unsubscribe());
        done(snapshot);
      });
    });

  it('opens a race as soon as its own file is in, while a slow one is still pending', async () => {
    const { fetchMock } = slowRoval();
    vi.stubGlobal('fetch', fetchMock);
    const loader = loadDataset(undefined, 60_000);
    const snapshot = await until(loader, (s) => s.dataset?.races.has('phoenix-2023') === true);
    const roval = snapshot.dataset!.entries.find((e) => e.id === 'roval-2025')!;
    expect(roval.pending).toBe(true);
    expect(snapshot.files.find((f) => f.label === 'Race data: roval-2025')?.state).toBe('loading');
    expect(readyToOpen(snapshot.dataset!, '?race=phoenix-2023')).toBe(true);
    expect(readyToOpen(snapshot.dataset!, '?race=roval-2025')).toBe(false);
    // With no race named, the root page opens the front page's race (site.json), which is in.
    expect(snapshot.dataset!.frontPage).toBe('phoenix-2023');
    expect(readyToOpen(snapshot.dataset!, '')).toBe(true);
    expect(readyToOpen({ ...snapshot.dataset!, frontPage: 'roval-2025' }, '')).toBe(false);
    // With no front page set, the default is the first in date order: wait for all.
    expect(readyToOpen({ ...snapshot.dataset!, frontPage: undefined }, '')).toBe(false);
  });

  it('fails a file that does not answer in time, with a retryable error, and Retry fetches it again', async () => {
    const { fetchMock, release } = slowRoval();
    vi.stubGlobal('fetch', fetchMock);
    const loader = loadDataset(undefined, 50);
    const failed = await until(loader, (s) => s.dataset?.entries.find((e) => e.id === 'roval-2025')?.errors !== undefined);
    const entry = failed.dataset!.entries.find((e) => e.id === 'roval-2025')!;
    expect(entry.errors !== undefined && entry.retryable).toBe(true);
    expect(entry.errors!.map(formatDataError)).toEqual([expect.stringMatching(/roval-2025\/race\.json: \(root\): could not be loaded \(no answer within 0 s\)/)]);
    expect(readyToOpen(failed.dataset!, '?race=roval-2025')).toBe(true);
    release();
    loader.retryRace('roval-2025');
    const loaded = await until(loader, (s) => s.dataset?.races.has('roval-2025') === true);
    expect(loaded.files.every((f) => f.state === 'done')).toBe(true);
  });
});
