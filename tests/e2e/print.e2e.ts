/**
 * Printing: the page prints the full record (not its "Loading…" placeholder), and with the article
 * reader open it prints the article. Printing cannot wait for a file, so the record's code is
 * fetched when the browser is idle and rendered synchronously on beforeprint.
 */
import { describe, expect, test } from 'vitest';
import { openApp, setupBrowser } from '../support/browser.ts';
import { afterChunk } from '../support/wait.ts';
import { lapSlider, timelineRegion } from '../support/locators.ts';

setupBrowser();

describe('print', () => {
  test('the full record is on paper even when the reader never scrolled to it', async () => {
    const page = await openApp('?race=phoenix-2023');
    await lapSlider(page).waitFor();
    // The full record's code has come (it is fetched when the browser is idle).
    await afterChunk(page, 'RaceRecord');
    // What the browser does when printing: beforeprint, then lay out for print at once.
    const rendered = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      return { record: document.querySelector('section.record') !== null, placeholder: document.body.textContent?.includes('Loading the full record') };
    });
    expect(rendered).toEqual({ record: true, placeholder: false });
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('region', { name: 'The full record' }).isVisible()).toBe(true);
    expect(await page.getByRole('table', { name: /Championship points: Final/ }).isVisible()).toBe(true);
  });

  test('with the article reader open, the paper gets the article', async () => {
    const page = await openApp('?race=phoenix-2023&quote=hocevar-i-messed-up');
    const dialog = page.getByRole('dialog');
    // The article's text is fetched when the reader opens it: wait for it, not for a fixed time.
    await dialog.getByText(/Hocevar repeatedly sated/).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.getByText(/Hocevar repeatedly sated/).isVisible()).toBe(true);
    expect(await timelineRegion(page).isVisible()).toBe(false);
    expect(await dialog.getByRole('button', { name: 'Close article' }).isVisible()).toBe(false);
  });
});
