// @ts-check
/**
 * Mutation testing of the components with the most logic, beside the core's run (stryker.config.mjs;
 * `npm run mutate` runs all three): an incident's details and the incident stepper, following a
 * driver and where the followed driver stands, the comparison's shared slider, the no-spoilers
 * switch, the announcer and the theme. Each is tested here by a test of its own that renders the one
 * component in a store over the shipped races (the `*.component.test.tsx` files,
 * vitest.stryker.components.config.ts), so a mutant takes a fraction of a second; the tests that
 * render the whole app cover the same components as a reader meets them, but cost seconds a mutant.
 *
 * Reports: reports/mutation/components.html (git-ignored) and reports/mutation/components.json;
 * incremental results in stryker-components-incremental.json (committed).
 * scripts/gates/mutation-score.mjs scores it per folder: at least 80% each.
 */
import core from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  ...core,
  vitest: { configFile: 'vitest.stryker.components.config.ts', related: false },
  // The TypeScript checker rejects few of a component's mutants; running them is as fast.
  checkers: [],
  mutate: [
    'src/features/incident/IncidentDetails.tsx',
    'src/features/incident/IncidentStepper.tsx',
    'src/features/follow/FollowControl.tsx',
    'src/features/follow/FollowedAt.tsx',
    'src/features/compare/CompareSlider.tsx',
    'src/features/race/SpoilerToggle.tsx',
    'src/app/shell/Announcer.tsx',
    'src/app/shell/announceChanges.ts',
    'src/app/shell/ThemeToggle.tsx',
  ],
  htmlReporter: { fileName: 'reports/mutation/components.html' },
  jsonReporter: { fileName: 'reports/mutation/components.json' },
  incrementalFile: 'stryker-components-incremental.json',
};
export default config;

/**
 * Equivalent mutants of this run, as in stryker.config.mjs's list (matched by text; an entry that
 * matches no survivor fails the run).
 * @type {typeof import('./stryker.config.mjs').equivalentMutants}
 */
export const equivalentMutants = [];
