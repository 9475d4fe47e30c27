/**
 * The loader the app runs at start-up, with the network replaced by the files on disk: a race file
 * that is not even JSON, or cannot be fetched, becomes an error card for that race only.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fetchDataset } from './fetchDataset';
import { formatDataError } from './errors';

const ROOT = resolve(__dirname, '../..');
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
    expect([...dataset.races.keys()]).toEqual(['phoenix-2023', 'roval-2025']);
    expect(dataset.errors).toEqual([]);
    expect(dataset.quotes.length).toBeGreaterThan(20);
    expect(dataset.articles.size).toBe(3);
  });

  it('turns a race file that is not JSON into an error for that race only', async () => {
    vi.stubGlobal('fetch', serveFiles({ 'roval-2025': new Response('{ "id": "roval-2025", oops') }));
    const dataset = await fetchDataset();
    expect(dataset.races.has('phoenix-2023')).toBe(true);
    const roval = dataset.entries.find((e) => e.id === 'roval-2025')!;
    expect(roval.race).toBeUndefined();
    expect(roval.errors!.map(formatDataError)).toEqual([expect.stringMatching(/^src\/data\/races\/roval-2025\/race\.json: \(root\): is not valid JSON/)]);
  });

  it('reports a race file that cannot be fetched', async () => {
    vi.stubGlobal('fetch', serveFiles({ 'phoenix-2023': new Response('gone', { status: 404 }), 'roval-2025': new TypeError('network down') }));
    const dataset = await fetchDataset();
    expect(dataset.races.size).toBe(0);
    expect(dataset.entries.map((e) => e.errors?.map(formatDataError)[0])).toEqual([
      expect.stringMatching(/phoenix-2023\/race\.json: \(root\): could not be loaded \(HTTP 404\)/),
      expect.stringMatching(/roval-2025\/race\.json: \(root\): could not be loaded \(network down\)/),
    ]);
  });

  it('keeps starting when an article text cannot be loaded: its quotes stay, the article says why', async () => {
    vi.stubGlobal('fetch', serveFiles({ '001_1b467fcaf1ede53a.txt': new Response('gone', { status: 404 }) }));
    const dataset = await fetchDataset();
    expect(dataset.errors).toEqual([]);
    expect(dataset.races.size).toBe(2);
    const article = dataset.articles.get('a001-phoenix-heim-hocevar-altercation')!;
    expect(article.textError).toBe('could not be loaded (HTTP 404)');
    expect(dataset.quotes.filter((q) => q.article === article.id).map((q) => q.id)).toContain('heim-since-i-was-5');
    // The other articles are whole.
    expect(dataset.articles.get('a000-phoenix-hocevar-spins-heim')!.textError).toBeUndefined();
  });
});
