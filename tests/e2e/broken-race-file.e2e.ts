/**
 * Broken data in a real browser: the production build fetches its race files, so a corrupted or
 * truncated file (served here in place of the Roval's) must show an error card for that race and
 * leave the other race working, with nothing logged as an error.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openApp, setupBrowser } from '../support/browser.ts';
import { lapSlider, racesNav } from '../support/locators.ts';

setupBrowser();

const CORRUPTED = readFileSync(resolve(import.meta.dirname, 'fixtures/corrupted-race.json'), 'utf8');

/** Serves `body` for the Roval's race file; the Roval's file is the one whose JSON names it. */
async function breakRoval(page: Page, body: string) {
  await page.route('**/assets/race-*.json', async (route) => {
    const response = await route.fetch();
    const text = await response.text();
    await route.fulfill({ response, body: text.includes('"id": "roval-2025"') ? body : text });
  });
}

describe('a broken race file', () => {
  // A file that fails its checks is bad data; one cut short is a delivery fault, worth a Retry.
  for (const [name, body, says] of [
    ['fails the schema', CORRUPTED, /did not pass its checks/],
    ['is not JSON at all', '{ "id": "roval-2025", "name": ', /did not arrive/],
  ] as const) {
    test(`that ${name} shows an error card and the other race still works`, async () => {
      const page = await openApp('?race=roval-2025', { withoutPageData: true, beforeLoad: (p) => breakRoval(p, body) });
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toMatch(/This race could not be loaded/);
      await expect.poll(() => alert.textContent()).toMatch(says);
      // Readers never see repository paths: the problems are listed in development only.
      expect(await alert.textContent()).not.toMatch(/src\/data|race\.json/);
      await racesNav(page).getByRole('link', { name: /Phoenix/ }).click();
      await expect.poll(() => lapSlider(page).getAttribute('max')).toBe('179');
      expect(await page.getByRole('alert').count()).toBe(0);
    });
  }
});
