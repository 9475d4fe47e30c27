/**
 * Loading on a slow or broken network, on a page without the data it normally carries (so the app
 * fetches every file, as on the dev server or when that data is unreadable): progress is visible, a
 * race opens as soon as its own file is in (a slow race does not hold up the other), and a file that
 * never answers ends, after the time limit, in an error with Retry that works.
 */
import { describe, expect, test } from 'vitest';
import { openApp, setupBrowser } from '../support/browser.ts';
import { lapSlider, racesNav } from '../support/locators.ts';

setupBrowser();

describe('loading', () => {
  test('a slow race does not delay the other: Phoenix opens while the Roval is still on its way', async () => {
    const page = await openApp('?race=phoenix-2023&lap=120', {
      withoutPageData: true,
      // The Roval's file never answers.
      beforeLoad: async (p) => {
        await p.route('**/assets/race-*.json', async (route) => {
          const body = await (await route.fetch()).text();
          if (body.includes('"id": "roval-2025"')) return; // never fulfilled
          await route.fulfill({ body, contentType: 'application/json' });
        });
      },
    });
    // The page's own markup shows at once; the app takes over once Phoenix's file is in.
    const nav = racesNav(page);
    await expect.poll(() => nav.getByText('loading…').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => lapSlider(page).inputValue()).toBe('120');
    expect(await nav.getByRole('link').count()).toBe(1);
  });

  test('a race that never answers: progress, then after the time limit an error with Retry, and Retry opens it', async () => {
    let hold = true;
    const page = await openApp('?race=roval-2025&lap=40', {
      withoutPageData: true,
      beforeLoad: async (p) => {
        await p.route('**/assets/race-*.json', async (route) => {
          const body = await (await route.fetch()).text();
          if (body.includes('"id": "roval-2025"') && hold) return;
          await route.fulfill({ body, contentType: 'application/json' });
        });
      },
    });
    const progress = page.getByRole('progressbar', { name: 'Loading the races…' });
    await progress.waitFor();
    await page.getByText('Race data: roval-2025: loading…').waitFor();
    const card = page.getByRole('alert').filter({ hasText: 'This race could not be loaded' });
    await card.waitFor({ timeout: 15_000 });
    expect(await card.textContent()).toMatch(/did not arrive/);
    expect(await card.textContent()).not.toMatch(/src\/data|race\.json/);
    hold = false;
    await card.getByRole('button', { name: 'Retry' }).click();
    const slider = lapSlider(page);
    await slider.waitFor();
    // The link the reader opened applies once the race is in.
    await expect.poll(() => slider.inputValue()).toBe('40');
  });
});
