/**
 * The full record and the article reader, as a reader uses them in a real browser: scroll to
 * the record (it loads when it comes into view), sort the results, follow a retirement to its
 * incident, open a quote in its article and close it again; below the fold, the record is rendered
 * for a full-page capture at rest and skipped only while the reader scrubs.
 */
import { describe, expect, test } from 'vitest';
import { openApp, setupBrowser } from '../support/browser.ts';
import { addressOfPage, addressParam } from '../support/address.ts';
import { afterFrames } from '../support/wait.ts';
import { incidentDetails, lapSlider } from '../support/locators.ts';

setupBrowser();

describe('the full record', () => {
  test('loads when scrolled to, sorts, and links a retirement to its incident', async () => {
    const page = await openApp('?race=phoenix-2023');
    const record = page.getByRole('region', { name: 'The full record', exact: true });
    await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
    await record.scrollIntoViewIfNeeded();
    await expect.poll(() => record.getByText('12 cautions for 77 laps', { exact: true }).count()).toBe(1);
    const table = record.getByRole('region', { name: 'Finishing order' }).getByRole('table');
    await expect.poll(() => table.getByRole('row').count()).toBe(37);
    await table.getByRole('button', { name: /^Led/ }).click();
    await table.getByRole('button', { name: /^Led/ }).click();
    await expect.poll(() => table.getByRole('rowheader').first().textContent()).toMatch(/^Ty Majeski/);
    // Smith, scored with 172 laps, went out after more damage in the third-overtime crash (not at his lap-162 crash).
    const smithRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Zane Smith/ }) });
    await smithRow.getByRole('link', { name: /^Lap 168: / }).click();
    const details = incidentDetails(page);
    await expect.poll(() => details.getByRole('heading', { level: 3 }).textContent()).toMatch(/Third overtime: Majeski and Love/);
    expect(addressParam(page.url(), 'event')).toBe('overtime-3-majeski-love-crash');
  });
});

describe('the article reader', () => {
  test('opens a quote in its article, highlighted, deep-linked, and closes back to the quote', async () => {
    const page = await openApp('?race=phoenix-2023&event=hocevar-spins-heim');
    const details = incidentDetails(page);
    const quote = details.getByRole('figure').filter({ hasText: 'I messed up,' }).first();
    const open = quote.getByRole('button', { name: /Read in the article/ });
    await open.click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('mark').textContent()).toBe('I messed up,');
    // The highlighted quote is scrolled into view inside the dialog.
    await expect.poll(() => dialog.locator('mark').isVisible()).toBe(true);
    expect(addressParam(page.url(), 'quote')).toBe('hocevar-i-messed-up');

    // The same link in a new tab opens the reader on the same quote.
    const again = await openApp(addressOfPage(page));
    await expect.poll(() => again.getByRole('dialog').locator('mark').textContent()).toBe('I messed up,');

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(addressParam(page.url(), 'quote')).toBeNull();
    // Focus returns to the button that opened the article.
    await expect.poll(() => open.evaluate((el) => el === document.activeElement)).toBe(true);
    // Closing added no history entry: Back leaves the incident rather than reopening the article.
    await page.goBack();
    await afterFrames(page);
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(addressParam(page.url(), 'quote')).toBeNull();
  });
});

describe('a full-page capture', () => {
  test('renders the page below the fold at rest, and skips it only while the reader scrubs', async () => {
    // A short window: Chromium skips only what is more than one and a half screens away.
    const page = await openApp('phoenix-2023/', { width: 1280, height: 500 });
    // The full record, far below the fold, comes once the browser is idle, without scrolling to it...
    await expect.poll(() => page.locator('section.record').count(), { timeout: 15_000 }).toBe(1);
    // ...and its last heading is rendered (a full-page capture shows it), not skipped.
    const farBelow = () =>
      page.evaluate(() => {
        const last = [...document.querySelectorAll('section.record h2, section.record h3')].at(-1);
        return last?.checkVisibility({ contentVisibilityAuto: true }) ?? null;
      });
    expect(await farBelow()).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const capture = await page.screenshot({ fullPage: true });
    expect(capture.length).toBeGreaterThan(0);
    // While the slider has focus (scrubbing), what is off screen is skipped on each lap step...
    await lapSlider(page).focus();
    await expect.poll(farBelow).toBe(false);
    // ...and rendered again once the reader lets go of it.
    await page.getByRole('button', { name: 'Play' }).focus();
    await expect.poll(farBelow).toBe(true);
  });
});
