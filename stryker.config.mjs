// @ts-check
/**
 * Mutation testing of the core (`npm run mutate`): StrykerJS makes small, plausible bugs in the
 * code below, one at a time, and runs the core's unit tests (vitest.stryker.config.ts) against each.
 * A mutant no test notices "survives". scripts/mutation-score.mjs then prints the score per folder
 * and fails below 90% on data/ and lib/, 80% on the rest (state/, timeline/).
 *
 * Reports: reports/mutation/index.html (git-ignored) and reports/mutation/mutation.json.
 *
 * Left out of `mutate`, on purpose:
 * - src/data/fetchDataset.ts: the browser loader (fetch and I/O), covered by its own and the
 *   end-to-end tests; src/data/bundledDataset.ts: Vite glob imports, no logic.
 * - src/state/store.ts, useUrlSync.ts, components and hooks: React and the store, tested by
 *   component tests that are too slow to run per mutant.
 *
 * Equivalent mutants (no behaviour can tell them apart) are listed with their reasons in
 * `equivalentMutants` at the end of this file, not disabled in the app's source.
 */
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: false },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.app.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  // The machine has 2 cores, shared with the browser tests.
  concurrency: 2,
  mutate: [
    'src/lib/**/*.ts',
    'src/data/**/*.ts',
    '!src/data/fetchDataset.ts',
    '!src/data/bundledDataset.ts',
    'src/state/url.ts',
    'src/state/view.ts',
    'src/timeline/layout.ts',
    'src/timeline/lanes.ts',
    'src/timeline/scale.ts',
    'src/timeline/hitSpans.ts',
    'src/timeline/tooltip.ts',
    '!src/**/*.test.ts',
  ],
  reporters: ['progress', 'clear-text', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportTests: false, reportMutants: false },
  // The overall score; the per-folder thresholds are in scripts/mutation-score.mjs.
  thresholds: { high: 90, low: 80, break: 80 },
  timeoutMS: 10000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
export default config;

/**
 * Equivalent mutants: no behaviour can tell them apart from the code, so
 * scripts/mutation-score.mjs leaves them out of the score. Matched by file, mutator, the code
 * replaced and its replacement (not by line, so edits elsewhere do not break the list).
 * @type {{ file: string; mutator: string; original: string; replacement: string; reason: string }[]}
 */
export const equivalentMutants = [];
