/**
 * The link is always the view on screen, and the reader's hand beats Play: the address follows
 * Play at full speed, Copy link and a reload right after scrubbing keep the new lap, and a drag on
 * the timeline pauses playback as the slider does; Play tells a screen reader what it does. Real
 * Chromium, real clipboard.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openApp, setupBrowser } from '../support/browser.ts';
import { addressParam } from '../support/address.ts';
import { afterAppTimer, afterFrames, waitForApp } from '../support/wait.ts';
import { chart, lapSlider } from '../support/locators.ts';

setupBrowser();

const lapInAddress = (page: Page) => () => Number(addressParam(page.url(), 'lap'));
const playButton = (page: Page) => page.getByRole('button', { name: /^(Play|Pause)$/ });

describe('links and playback', () => {
  test('the address follows Play at 16 laps a second, not only when it stops', async () => {
    const page = await openApp('?race=phoenix-2023&lap=1');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('16');
    await playButton(page).click();
    await expect.poll(lapInAddress(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(8);
    // Still playing while the address moved on.
    expect(await playButton(page).getAttribute('aria-pressed')).toBe('true');
    await playButton(page).click();
  });

  test('Copy link right after scrubbing gives the lap on screen', async () => {
    const page = await openApp('?race=phoenix-2023&lap=100');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await lapSlider(page).focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByText('Link copied.').count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(addressParam(copied, 'lap')).toBe('105');
  });

  test('a reload right after scrubbing reopens on the new lap', async () => {
    const page = await openApp('?race=phoenix-2023&lap=100');
    await lapSlider(page).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    // A reader's reload comes a frame after the last key at the very earliest (the old 150 ms
    // debounce lost the lap here; the address trails scrubbing, and a reload must flush it).
    await afterFrames(page);
    await page.reload({ waitUntil: 'load' });
    await waitForApp(page);
    await expect.poll(() => lapSlider(page).inputValue()).toBe('103');
  });

  test('a drag on the timeline pauses Play and leaves the cursor where it was dropped', async () => {
    const page = await openApp('?race=phoenix-2023&lap=1');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('4');
    await playButton(page).click();
    await expect.poll(() => playButton(page).getAttribute('aria-pressed')).toBe('true');
    const box = (await chart(page).boundingBox())!;
    // Press on the plot (the stage-band row is clear of markers) and drag to the right.
    const y = box.y + 40;
    await page.mouse.move(box.x + box.width * 0.5, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => playButton(page).getAttribute('aria-pressed')).toBe('false');
    const dropped = Number(await lapSlider(page).inputValue());
    // Two ticks of Play at the speed set: had it gone on, the cursor would have moved.
    await afterAppTimer(page, 2 * (1000 / Number(await page.getByRole('combobox', { name: 'Speed' }).inputValue())));
    expect(Number(await lapSlider(page).inputValue())).toBe(dropped);
  });
});

describe('Play, to a screen reader', () => {
  test('the live region says Play started, what it passes, and where it stopped', async () => {
    const page = await openApp('phoenix-2023/?lap=117');
    const region = page.getByRole('status', { name: 'Announcements' });
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('16');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => region.textContent()).toBe('Playing from lap 117, 16 laps a second.');
    // Throttled: the incidents of laps 119 to 131 come as one announcement, two seconds on.
    await expect.poll(() => region.textContent(), { timeout: 15_000 }).toMatch(/^Lap 1\d\d: [^.]+(, and \d+ more incidents? on the way)?\.$/);
    await page.getByRole('button', { name: 'Pause' }).click();
    const stopped = await lapSlider(page).inputValue();
    await expect.poll(() => region.textContent()).toMatch(new RegExp(`Paused at lap ${stopped}\\.$`));
  });
});
