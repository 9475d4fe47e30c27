/**
 * The unit tests that mutation testing runs (`npm run mutate`, stryker.config.mjs): the tests of
 * the core (data/, lib/, the URL code and the pure timeline layout), as vite.config.ts runs them
 * but in Node without jsdom: the core never touches the DOM, and a jsdom per test file per mutant
 * is most of the time a mutant takes. Component and end-to-end tests are left out: they are slow
 * per mutant, and the core's behaviour must be pinned by the core's own tests.
 */
import { defineConfig } from 'vitest/config';
import base from './vite.config.ts';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    environment: 'node',
    // tests/setup.ts without the DOM parts (Testing Library's cleanup, the address bar).
    setupFiles: ['tests/setup.core.ts'],
    // Replaces vite.config.ts's include (mergeConfig would add to it).
    include: [
      'src/data/**/*.test.ts',
      'src/lib/**/*.test.ts',
      'src/state/url*.test.ts',
      'src/state/address*.test.ts',
      'src/state/view*.test.ts',
      'src/state/compare*.test.ts',
      'src/state/commands/*.test.ts',
      'src/state/laneStore*.test.ts',
      'src/state/store*.test.ts',
      'src/timeline/{layout,lanes,scale,hitSpans,tooltip,pure}*.test.ts',
    ],
  },
});
