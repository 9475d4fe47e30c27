// @ts-check
/**
 * Mutation testing of the core (`npm run mutate`): StrykerJS makes small, plausible bugs in the
 * code below, one at a time, and runs the core's unit tests (vitest.stryker.config.ts) against each.
 * A mutant no test notices "survives". scripts/gates/mutation-score.mjs then prints the score per folder
 * and fails below 90% on data/, lib/ and state/commands/, 80% on the rest (state/, timeline/).
 *
 * Reports: reports/mutation/index.html (git-ignored) and reports/mutation/mutation.json.
 * Incremental: stryker-incremental.json (committed) holds the last results; a run tests again only
 * the mutants whose code or covering tests changed. `npm run mutate -- --force` runs them all.
 *
 * Left out of `mutate`, on purpose:
 * - src/data/load/fetchDataset.ts: the browser loader (fetch and I/O), covered by its own and the
 *   end-to-end tests; src/data/load/bundledDataset.ts: Vite glob imports, no logic.
 * - src/state/store.ts (it wires the commands, which are mutated, to zustand), components and
 *   hooks: React and the store, tested by component tests too slow to run per mutant. (The address
 *   sync, src/state/useUrlSync.ts, has a fast test of its own and its own run: stryker.pages.config.mjs.)
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
    '!src/data/load/fetchDataset.ts',
    '!src/data/load/bundledDataset.ts',
    'src/state/url.ts',
    'src/state/address.ts',
    'src/state/view.ts',
    'src/state/compare.ts',
    'src/state/follow.ts',
    'src/state/laneStore.ts',
    'src/state/commands/*.ts',
    '!src/state/commands/fixture.ts',
    '!src/state/commands/index.ts',
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
  // The overall score; the per-folder thresholds are in scripts/gates/mutation-score.mjs.
  thresholds: { high: 90, low: 80, break: 80 },
  // Incremental: only mutants in code or tests changed since the committed stryker-incremental.json
  // are run again; a full run of the core takes about half an hour on the 2-core CI machine.
  // `npm run mutate -- --force` runs every mutant (and rewrites the file: commit it).
  incremental: true,
  // Static mutants (module-level code, run once at import, so every test must run for each) were
  // 39% of the core's mutants and an estimated 94% of the run's time: over an hour on the 2-core CI
  // machine, past its budget. They are left out (reported as ignored, not counted in the score); the
  // module-level tables they mutate (schemas, rule lists) are pinned by the tests of what uses them.
  ignoreStatic: true,
  incrementalFile: 'stryker-incremental.json',
  timeoutMS: 10000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
export default config;

/**
 * Equivalent mutants: no test can tell them from the code, because no input behaves differently.
 * scripts/gates/mutation-score.mjs leaves them out of the score. Each entry names the file, the code
 * Stryker replaces and the replacements that are equivalent (as the report prints them), and why.
 * Matched by text, not line, so edits elsewhere do not break the list; an entry that matches no
 * surviving mutant fails the run, so the list cannot go stale. Keep it short: kill a mutant
 * rather than list it.
 * @type {{ file: string; original: string; replacements: string[]; reason: string }[]}
 */
export const equivalentMutants = [
  {
    file: 'src/data/laps.ts',
    original: 'lapsRun - 1 <= MIN_ZOOM_SPAN',
    replacements: ['false', 'lapsRun - 1 < MIN_ZOOM_SPAN'],
    reason: 'a shortcut: in a race of 6 laps or fewer any window, clamped and widened to 5 laps, covers the whole race and is null anyway',
  },
  {
    file: 'src/data/laps.ts',
    original: 'lapsRun - 1',
    replacements: ['lapsRun + 1'],
    reason: 'in the two shortcuts above and in fitWindow: the code after each one gives null for those races and widths anyway',
  },
  {
    file: 'src/data/laps.ts',
    original: 'to - from < MIN_ZOOM_SPAN',
    replacements: ['to - from <= MIN_ZOOM_SPAN'],
    reason: 'widening a window of exactly MIN_ZOOM_SPAN laps around its middle gives the same window',
  },
  {
    file: 'src/data/laps.ts',
    original: 'span >= lapsRun - 1',
    replacements: ['false', 'span > lapsRun - 1'],
    reason: 'a shortcut: a window as wide as the race starts on lap 1 and normaliseZoom makes it null anyway',
  },
  {
    file: 'src/data/laps.ts',
    original: 'zoom === null',
    replacements: ['false'],
    reason: 'zooming out of the whole race asks for a window twice its width, which fitWindow returns as null anyway',
  },
  {
    file: 'src/data/laps.ts',
    original: 'race.lapsRun - span',
    replacements: ['race.lapsRun + span'],
    reason: 'fitWindow slides a window that starts past the last lap back to end on it: the same window',
  },
  {
    file: 'src/data/race.ts',
    original: 'id == null',
    replacements: ['false'],
    reason: 'a shortcut: no event has a null or undefined id, so the search finds none either way',
  },
  {
    file: 'src/data/validate/validateRace.ts',
    original: 'race.results.length > 0',
    replacements: ['true', 'race.results.length >= 0'],
    reason: 'redundant: `some` over no results is false, so an empty list never needs resultsSources either way',
  },
  {
    file: 'src/lib/dates.ts',
    original: "'en-US'",
    replacements: ['""'],
    reason: 'no locale means the runtime default, which is en-US under Node here; only a machine with another default could tell',
  },
  {
    file: 'src/lib/frontPage.ts',
    original: '/\\/(index\\.(html?|php))?$/i',
    replacements: ['/\\/(index\\.(html?|php))$/i'],
    reason: 'the lone trailing slash the optional group removes is removed by the next replace (/\\/+$/) anyway',
  },
  {
    file: 'src/lib/frontPage.ts',
    original: '/\\/+$/',
    replacements: ['/\\/+/'],
    reason: 'a path is empty after losing its first run of slashes exactly when it is empty after losing its last: when it is all slashes',
  },
  {
    file: 'src/lib/wordDiff.ts',
    original: '/(\\s+)/',
    replacements: ['/(\\s)/', '/(\\S+)/'],
    reason: 'split keeps the separators: with empty strings dropped, the tokens are the same runs (or the same runs with spaces split, which toParts joins again)',
  },
  {
    file: 'src/lib/wordDiff.ts',
    original: '/^\\s+$/',
    replacements: ['/\\s+$/', '/^\\s+/'],
    reason: 'every token is all spaces or has none, so either anchor alone decides the same',
  },
  {
    file: 'src/timeline/layout.ts',
    original: 'race.lapsRun <= race.scheduledLaps',
    replacements: ['false', 'race.lapsRun < race.scheduledLaps'],
    reason: 'a shortcut: with no lap past the distance the overtime zone is under a pixel wide, and the next check returns null',
  },
  {
    file: 'src/timeline/scale.ts',
    original: 'd1 === d0',
    replacements: ['false'],
    reason: 'for k only: with a one-lap domain k becomes Infinity instead of 0, and the scale (which tests d1 === d0 itself) and invert (pixel offset / Infinity = 0) give the same values',
  },
  {
    file: 'src/timeline/tooltip.ts',
    original: "caution.certainty === 'exact'",
    replacements: ['false'],
    reason: 'the other branch spells it the same: capitalise("exact") + " laps" is "Exact laps"',
  },
  {
    file: 'src/timeline/tooltip.ts',
    original: "overtime.certainty === 'exact'",
    replacements: ['false'],
    reason: 'the other branch spells it the same: capitalise("exact") + " laps" is "Exact laps"',
  },
];
