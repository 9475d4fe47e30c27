/**
 * The site under test as the build wrote it (`npm run test:e2e` builds first): its folder, the
 * address it was built for, a page's HTML, and what it was built from (the races, the quotes).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The build the tests read and serve: dist/, or the folder LAPLINE_DIST names. */
export const DIST = resolve(import.meta.dirname, '../..', process.env.LAPLINE_DIST ?? 'dist');

/** The address the build was made for (its canonical URLs and cards start with it). */
export const SITE = process.env.LAPLINE_SITE_URL ?? 'http://localhost:4173/';

/** The HTML the build wrote for the page at `path` ("phoenix-2023/hocevar-spins-heim/", or "" for the root). */
export function builtHtml(path: string): string {
  return readFileSync(resolve(DIST, path, 'index.html'), 'utf8');
}

/** Every race the project has (a folder under src/data/races), in id order: the suites go through whatever races there are. */
export const RACE_IDS: readonly string[] = readdirSync(resolve(import.meta.dirname, '../../src/data/races'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** The exact words of every quote in the shipped data (src/data/quotes.json): what a page may put in quotation marks. */
export const QUOTE_TEXTS: readonly string[] = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../src/data/quotes.json'), 'utf8')) as { quotes: { text: string }[] }).quotes.map(
  (q) => q.text,
);
