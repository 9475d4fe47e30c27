/**
 * Screenshots of both races at desktop and phone widths, for humans to review in tests/e2e/__output__/.
 * No visual assertions on purpose; the only check is the harness's "no console errors" rule.
 */
import { describe, test } from 'vitest';
import { openApp, screenshot, setupBrowser } from '../support/browser.ts';
import { RACE_IDS } from '../support/site.ts';

setupBrowser();

const races = RACE_IDS;
// 390x844 is a common phone viewport (iPhone 12–15).
const sizes = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

describe('screenshots', () => {
  for (const race of races) {
    for (const size of sizes) {
      test(`${race} at ${size.width}px`, async () => {
        const page = await openApp(`?race=${race}`, size);
        // Let lazy data, fonts and images settle so the picture shows the finished page.
        await page.waitForLoadState('networkidle');
        await screenshot(page, `${race}-${size.width}`);
      });
    }
  }
});
