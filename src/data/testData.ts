/**
 * The shipped dataset, read synchronously for tests and the validate script (which run in Node,
 * where the race files are imported rather than fetched). The app itself uses loadDataset().
 */
import { buildArticles } from './articles';
import articlesJson from './articles.json';
import { buildDataset, type Dataset } from './dataset';
import quotesJson from './quotes.json';

const articleTexts = import.meta.glob<string>('./articles/*.txt', { eager: true, query: '?raw', import: 'default' });
/** The articles, decoded, by id. */
export const articles = buildArticles(articlesJson, articleTexts);
const raceFiles = import.meta.glob<unknown>('./races/*/race.json', { eager: true, import: 'default' });

/** The validated shipped dataset, built from the files on disk. */
export const dataset: Dataset = buildDataset(raceFiles, { file: 'src/data/quotes.json', json: quotesJson }, articles);
