/**
 * The tests mutation testing runs on what a shared link gives (stryker.pages.config.mjs): the
 * address sync's, the page metadata's, the page HTML's and the cards' own tests, each fast, in jsdom (the sync needs a window).
 */
import { defineConfig } from 'vitest/config';
import base from './vite.config.ts';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // Replaces vite.config.ts's include (mergeConfig would add to it).
    include: ['src/state/useUrlSync.test.ts', 'src/app/pageMetadata.test.ts', 'scripts/build/pageHtml.test.ts', 'scripts/build/cards/card.test.ts'],
  },
});
