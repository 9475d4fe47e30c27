/**
 * End-to-end test config: real Chromium against the production build in dist/.
 * Standalone on purpose, so it does not inherit the jsdom environment and setup files of vite.config.ts.
 * Run with `npm run test:e2e` (builds first) or `npx vitest run --config vitest.e2e.config.ts`.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    // Finds Chromium and starts one preview server for the whole run.
    globalSetup: ['tests/support/globalSetup.ts'],
    testTimeout: 30_000,
    // beforeAll launches a browser; a cold Chromium start on a slow CI machine can take a while.
    hookTimeout: 60_000,
    // The machine has 2 cores: one browser at a time keeps timings stable.
    fileParallelism: false,
    // playwright-core has no auto-retrying assertions, so tests use expect.poll; give the app time to react.
    expect: { poll: { timeout: 5_000, interval: 50 } },
  },
});
