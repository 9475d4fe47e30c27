/**
 * The tests mutation testing runs on the components (stryker.components.config.mjs): each
 * component's own test, which renders that component alone in a store over the shipped races, in
 * jsdom (`*.component.test.tsx`).
 */
import { defineConfig } from 'vitest/config';
import base from './vite.config.ts';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // Replaces vite.config.ts's include (mergeConfig would add to it).
    include: ['src/**/*.component.test.tsx'],
  },
});
