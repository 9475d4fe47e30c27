/** An article's text fetched on demand: decoded as the loader decodes it, fetched once, fetched again after a failure. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { articles } from './bundledDataset';
import { fetchArticleText } from './articleText';

const FILE = '002_25c5330b4e73d84f.txt';

describe('fetchArticleText', () => {
  it('gives the text decoded as the loader decodes it, and fetches an article once', async () => {
    const fetch = vi.fn(async (input: RequestInfo | URL) => new Response(readFileSync(resolve(__dirname, '../../..', `.${new URL(String(input), 'http://x').pathname}`))));
    vi.stubGlobal('fetch', fetch);
    const article = [...articles.values()].find((a) => a.file === FILE)!;
    expect(await fetchArticleText(article)).toBe(article.text);
    expect(await fetchArticleText(article)).toBe(article.text);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('rejects with a reason a reader can be shown, and fetches again next time', async () => {
    const article = [...articles.values()].find((a) => a.file === '001_1b467fcaf1ede53a.txt')!;
    vi.stubGlobal('fetch', vi.fn(async () => new Response('gone', { status: 404 })));
    await expect(fetchArticleText(article)).rejects.toThrow('could not be loaded (HTTP 404)');
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(fetchArticleText(article)).rejects.toThrow('could not be loaded (Failed to fetch)');
    await expect(fetchArticleText({ file: 'no-such.txt' })).rejects.toThrow('is not in this build (no-such.txt)');
  });
});
