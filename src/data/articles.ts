/**
 * The three articles: their metadata and their text, decoded exactly as DESIGN.md prescribes
 * (HTML entities, nothing else). The .txt files are verbatim copies of ../shared/seeds.
 */
import * as v from 'valibot';
import { decodeEntities } from '../lib/decodeEntities';
import { articlesFileSchema, type ArticleMeta } from './schema';
/** An article with its decoded text. */
export type Article = ArticleMeta & { text: string };

/** Builds the article table from metadata and raw texts; a missing text file is an error, not a blank article. */
export function buildArticles(meta: unknown, texts: Record<string, string>): Map<string, Article> {
  const parsed = v.parse(articlesFileSchema, meta);
  const byId = new Map<string, Article>();
  for (const article of parsed.articles) {
    const raw = texts[`./articles/${article.file}`];
    if (raw === undefined) throw new Error(`articles.json: ${article.id}: no text file ${article.file}`);
    byId.set(article.id, { ...article, text: decodeEntities(raw) });
  }
  return byId;
}
