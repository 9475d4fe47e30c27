/** The chart stays laid out when the page is zoomed with CSS `zoom` (a reader's zoom extension, an embed). */
import { describe, expect, test } from 'vitest';
import { openApp, setupBrowser } from '../support/browser.ts';
import { chart } from '../support/locators.ts';

setupBrowser();

describe('CSS zoom', () => {
  for (const zoom of ['1.5', '0.75']) {
    test(`at zoom ${zoom} the chart fits its card and the page does not scroll sideways`, async () => {
      const page = await openApp('?race=phoenix-2023&lap=120');
      await chart(page).waitFor();
      await page.evaluate((z) => (document.documentElement.style.zoom = z), zoom);
      await expect
        .poll(() =>
          page.evaluate(() => {
            const card = document.querySelector('.timeline-card')!.getBoundingClientRect();
            const chart = document.querySelector('svg.timeline')!.getBoundingClientRect();
            return chart.right <= card.right + 1 && chart.width > card.width * 0.8 && document.documentElement.scrollWidth <= document.documentElement.clientWidth;
          }),
        )
        .toBe(true);
    });
  }
});
