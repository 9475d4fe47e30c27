/**
 * The shipped dataset, bundled in: every race file, the quotes and the articles are imported (not
 * fetched) and validated synchronously. For code that runs in Node: the unit tests and `npm run
 * validate`, which checks the very files the app fetches. The browser app uses fetchDataset.ts.
 */
import { buildArticles } from '../articles';
import articlesJson from '../articles.json';
import { buildDataset, type Dataset } from '../dataset';
import quotesJson from '../quotes.json';
import siteJson from '../site.json';

// The data files are in src/data, one folder up: `base: '../'` keys them from there (./races/<id>/race.json,
// ./articles/<file>), as buildDataset and buildArticles read them.
const articleTexts = import.meta.glob<string>('./articles/*.txt', { base: '../', eager: true, query: '?raw', import: 'default' });
/** The articles, decoded, by id. */
export const articles = buildArticles(articlesJson, articleTexts);
const raceFiles = import.meta.glob<unknown>('./races/*/race.json', { base: '../', eager: true, import: 'default' });

/** The validated shipped dataset, built from the files on disk. */
export const dataset: Dataset = buildDataset(raceFiles, { file: 'src/data/quotes.json', json: quotesJson }, articles, { file: 'src/data/site.json', json: siteJson });
