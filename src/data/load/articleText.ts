/**
 * An article's text, fetched when the article reader opens it on a page that does not carry the texts
 * (embeddedDataset.ts): the same text file the loader fetches (fetchDataset.ts), decoded the same way.
 */
import { decodeEntities } from '../../lib/decodeEntities';
import type { Article } from '../articles';
import { fetchWithin, LOAD_TIMEOUT_MS, reason } from './fetchFile';

// The data files are in src/data, one folder up: `base: '../'` keys them from there (./races/<id>/race.json,
// ./articles/<file>), as buildDataset and buildArticles read them.
const articleUrls = import.meta.glob<string>('./articles/*.txt', { base: '../', eager: true, query: '?url', import: 'default' });

/** Texts fetched (or on their way), by file: an article opened twice is fetched once. A failure is forgotten, so Retry fetches again. */
const texts = new Map<string, Promise<string>>();

/** The decoded text of an article; rejects with a reason a reader can be shown ("could not be loaded (HTTP 404)"). */
export function fetchArticleText(article: Pick<Article, 'file'>, timeoutMs = LOAD_TIMEOUT_MS): Promise<string> {
  const known = texts.get(article.file);
  if (known) return known;
  const url = articleUrls[`./articles/${article.file}`];
  const text = (async () => {
    if (url === undefined) throw new Error(`is not in this build (${article.file})`);
    let response: Awaited<ReturnType<typeof fetchWithin>>;
    try {
      response = await fetchWithin(url, timeoutMs);
    } catch (error) {
      throw new Error(`could not be loaded (${reason(error)})`, { cause: error });
    }
    if (!response.ok) throw new Error(`could not be loaded (HTTP ${response.status})`);
    return decodeEntities(response.text);
  })();
  texts.set(article.file, text);
  text.catch(() => texts.delete(article.file));
  return text;
}
