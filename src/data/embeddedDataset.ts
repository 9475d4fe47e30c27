/**
 * The dataset of a prerendered page (scripts/prerender.mjs). The build makes and checks the dataset
 * from the data files (bundledDataset.ts, the same checks as the app's loader) and the page carries
 * the result as JSON, so the browser rebuilds it without parsing or validating the files again: no
 * fetch, no validation and none of their code before the page is interactive. (A page whose block
 * cannot be read falls back to the loader, which fetches and checks every file: main.tsx.)
 */
import type { Article } from './articles';
import type { Dataset, RaceEntry } from './dataset';
import type { DataError } from './errors';
import type { Quote, Remark } from './schema';

/** A dataset as JSON: its maps as lists of entries (the races are in `entries`). */
export type EmbeddedData = { entries: RaceEntry[]; articles: [string, Article][]; quotes: Quote[]; remarks: Remark[]; errors: DataError[] };

/** The dataset as a prerendered page carries it. */
export function embedDataset(dataset: Dataset): EmbeddedData {
  const { entries, articles, quotes, remarks, errors } = dataset;
  return { entries, articles: [...articles], quotes, remarks, errors };
}

/** The dataset again, from what a prerendered page carries. */
export function datasetFromEmbedded(data: EmbeddedData): Dataset {
  const races = new Map(data.entries.flatMap((e) => (e.race ? [[e.id, e.race] as const] : [])));
  return { entries: data.entries, races, articles: new Map(data.articles), quotes: data.quotes, remarks: data.remarks, errors: data.errors };
}
