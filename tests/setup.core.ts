/**
 * Setup for the core's unit tests when they run without a DOM (vitest.stryker.config.ts): as
 * tests/setup.ts, any console.error is a failure. The core (data/, lib/, the URL code and the
 * pure timeline layout) never touches the DOM, so these tests need no jsdom.
 */
import { afterEach, beforeEach, vi } from 'vitest';

let consoleErrors: unknown[][] = [];
beforeEach(() => {
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});
afterEach(() => {
  if (consoleErrors.length > 0) {
    throw new Error(`console.error was called:\n${consoleErrors.map((a) => a.map(String).join(' ')).join('\n')}`);
  }
});
