// @ts-check
/**
 * Mutation testing of what a shared link gives a reader and a link preview, beside the core's run
 * (stryker.config.mjs; `npm run mutate` runs both): the address bar's sync with the store
 * (src/state/useUrlSync.ts), each prerendered page's title, description and quote
 * (src/app/pageMetadata.ts), and its head and body as the build writes them (canonical, og:url,
 * og:image, the data block: scripts/build/pageHtml.mjs), and its link-preview card: what it shows and
how it is laid out (scripts/build/cards/card.mjs). Each is tested by a fast test of its own
 * (vitest.stryker.pages.config.ts), so a mutant takes a second, not a page render.
 *
 * Reports: reports/mutation/pages.html (git-ignored) and reports/mutation/pages.json; incremental
 * results in stryker-pages-incremental.json (committed). scripts/gates/mutation-score.mjs scores it
 * per folder: at least 80% each.
 */
import core from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  ...core,
  vitest: { configFile: 'vitest.stryker.pages.config.ts', related: false },
  // The TypeScript checker covers the app's files only (tsconfig.app.json), not scripts/; these
  // tests are fast enough to run every mutant instead.
  checkers: [],
  mutate: ['src/state/useUrlSync.ts', 'src/app/pageMetadata.ts', 'scripts/build/pageHtml.mjs', 'scripts/build/cards/card.mjs'],
  htmlReporter: { fileName: 'reports/mutation/pages.html' },
  jsonReporter: { fileName: 'reports/mutation/pages.json' },
  incrementalFile: 'stryker-pages-incremental.json',
};
export default config;

/**
 * Equivalent mutants of this run, as in stryker.config.mjs's list (matched by text; an entry that
 * matches no survivor fails the run).
 * @type {typeof import('./stryker.config.mjs').equivalentMutants}
 */
export const equivalentMutants = [
  {
    file: 'src/app/pageMetadata.ts',
    original: "''",
    replacements: ['"Stryker was here!"'],
    reason: "viewOfPage's query: a page's address has none, and any text there is a parameter the parser does not know, which it ignores (with a notice the metadata does not read)",
  },
  {
    file: 'src/app/pageMetadata.ts',
    original: '/^laps? /',
    replacements: ['/laps? /'],
    reason: 'lapText always begins with "lap " or "laps " and has no other such word: the first match is at the start, anchored or not',
  },
  {
    file: 'src/state/useUrlSync.ts',
    original: 'next !== here()',
    replacements: ['true'],
    reason: "before a push the entry being left is rewritten to the view before, and a push follows only a change of race, incident, quote, driver or comparison, each of which is in the address: the new address always differs from the bar's",
  },
];
