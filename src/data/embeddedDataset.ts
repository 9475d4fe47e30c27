/**
 * The dataset of a prerendered page (scripts/prerender.mjs): the page carries every race file, the
 * quotes and the article texts in an inline JSON block, keyed as fetchDataset.ts's globs key them,
 * so the app builds its dataset at once and hydrates without a single fetch. Kept apart from the
 * fetching loader, whose code such a page never needs (main.tsx loads it only as a fallback).
 */
import { buildArticles } from './articles';
import articlesJson from './articles.json';
import { buildDataset, type Dataset } from './dataset';

/** What a prerendered page carries. */
export type EmbeddedData = { races: Record<string, unknown>; quotes: unknown; articleTexts: Record<string, string> };

/** The dataset from the data a prerendered page carries (the same files, the same checks). */
export function datasetFromEmbedded(data: EmbeddedData): Dataset {
  return buildDataset(data.races, { file: 'src/data/quotes.json', json: data.quotes }, buildArticles(articlesJson, data.articleTexts));
}
