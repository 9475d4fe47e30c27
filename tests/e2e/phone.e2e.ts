/**
 * A phone reader (390 x 844) who opens a shared link: a link to an incident opens on that
 * incident's details, and a link to a race shows the timeline and the slider in the first screen.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openApp, setupBrowser } from '../support/browser.ts';
import { chart, incidentsList, incidentTitle, lapSlider } from '../support/locators.ts';
import { RACE_IDS } from '../support/site.ts';

setupBrowser();

const PHONE = { width: 390, height: 844 };
/** The element's box in the viewport, after the page has settled. */
const viewportBox = async (locator: Locator) => (await locator.boundingBox())!;

describe('phone deep links', () => {
  test('a link with event= opens with that incident\'s details in view', async () => {
    const page = await openApp('?race=phoenix-2023&event=hocevar-spins-heim', PHONE);
    const heading = incidentTitle(page);
    await expect.poll(() => heading.textContent()).toBe('Hocevar spins Heim');
    await expect.poll(async () => (await viewportBox(heading)).y).toBeGreaterThanOrEqual(0);
    expect((await viewportBox(heading)).y).toBeLessThan(PHONE.height - 40);
  });

  test('selecting an incident in the list on a phone brings its details into view', async () => {
    const page = await openApp('?race=roval-2025', PHONE);
    const item = incidentsList(page).getByRole('link', { name: /^Lap 25: / });
    await item.scrollIntoViewIfNeeded();
    await item.click();
    const heading = incidentTitle(page);
    await expect.poll(() => heading.textContent()).toMatch(/Garcia/);
    await expect.poll(async () => (await viewportBox(heading)).y).toBeGreaterThanOrEqual(0);
    expect((await viewportBox(heading)).y).toBeLessThan(PHONE.height - 40);
  });

  for (const race of RACE_IDS) {
    test(`${race}: the timeline and the slider are in the first screen`, async () => {
      const page = await openApp(`?race=${race}`, PHONE);
      const timeline = await viewportBox(chart(page));
      const slider = await viewportBox(lapSlider(page));
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(timeline.y).toBeLessThan(PHONE.height / 2);
      expect(slider.y + slider.height).toBeLessThanOrEqual(PHONE.height);
    });
  }
});
