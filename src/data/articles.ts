/**
 * The three articles: their metadata and their text, decoded exactly as DESIGN.md prescribes
 * (HTML entities, nothing else). The .txt files are verbatim copies of ../shared/seeds.
 */
import * as v from 'valibot';
import { decodeEntities } from '../lib/decodeEntities';
import { articlesFileSchema, type ArticleMeta } from './schema';
/**
 * An article with its decoded text. When the text file could not be loaded (the network), `text`
 * is empty and `textError` says why: the quotes stay, and the reader says the article is missing.
 * A prerendered page does not carry the texts (load/embeddedDataset.ts): `text` is empty and
 * `textOnDemand` is set, and the article reader fetches the text when it opens (load/articleText.ts).
 */
export type Article = ArticleMeta & { text: string; textError?: string; textOnDemand?: boolean };

/** A text file that could not be loaded, with the reason to show. */
export class ArticleTextUnavailable {
  constructor(readonly message: string) {}
}

/** Builds the article table from metadata and raw texts; a text file missing from the build is an error, not a blank article. */
export function buildArticles(meta: unknown, texts: Record<string, string | ArticleTextUnavailable>): Map<string, Article> {
  const parsed = v.parse(articlesFileSchema, meta);
  const byId = new Map<string, Article>();
  for (const article of parsed.articles) {
    const raw = texts[`./articles/${article.file}`];
    if (raw === undefined) throw new Error(`articles.json: ${article.id}: no text file ${article.file}`);
    byId.set(article.id, raw instanceof ArticleTextUnavailable ? { ...article, text: '', textError: raw.message } : { ...article, text: decodeEntities(raw) });
  }
  return byId;
}
