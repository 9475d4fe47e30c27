/**
 * The first seconds of a prerendered page, before its code has run (it loads after the first paint,
 * src/app/boot.ts): what a reader does meanwhile is applied once the app has started, never lost or
 * silently undone; the chart does not move under the pointer as the app starts; and a page whose
 * code cannot load says so, with Retry, and hides the controls that cannot work. The app's code is
 * held back by the test (released when the test has acted), and the CPU slowed 6×, as on a slow phone.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openApp, type OpenAppOptions, setupBrowser } from '../support/browser.ts';
import { pathAndQuery } from '../support/address.ts';
import { bothRacesSlider, chart, incidentsList, lapSlider } from '../support/locators.ts';
import { centreOf } from '../support/draw.ts';

setupBrowser();

/** The app's code: one chunk (vite.config.ts firstLoadChunk), which boot.ts loads after the first paint. */
const MAIN = /\/assets\/app-[^/]*\.js$/;
const ready = (page: Page) => page.waitForFunction(() => document.documentElement.hasAttribute('data-ready'), null, { timeout: 20_000 });

/** Opens `path` with the app's code held until `release()`, the CPU slowed 6×. */
async function openHeld(path: string, options: OpenAppOptions = {}): Promise<{ page: Page; release: () => void }> {
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  const page = await openApp(path, {
    ...options,
    waitForStart: false,
    beforeLoad: async (p) => {
      const cdp = await p.context().newCDPSession(p);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
      await p.route(MAIN, async (route: Route) => {
        await held;
        await route.continue();
      });
    },
  });
  return { page, release };
}

describe('what a reader does before the app has started is applied once it has', () => {
  test('the no-spoilers box, the slider, the speed and the theme set before the start stay as set, and are in the address', async () => {
    const { page, release } = await openHeld('phoenix-2023/');
    const box = page.getByRole('checkbox', { name: 'Hide what happens after this lap' });
    const slider = lapSlider(page);
    await box.check();
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('1');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    // Not started yet, and it shows: the controls are marked as not working yet.
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-ready'))).toBe(false);
    expect(await page.getByRole('button', { name: 'Play' }).evaluate((b) => getComputedStyle(b).cursor)).toBe('progress');
    release();
    await ready(page);
    expect(await box.isChecked()).toBe(true);
    expect(await slider.inputValue()).toBe('174');
    expect(await page.locator('.lap-slider__value').textContent()).toBe('174');
    expect(await page.getByRole('combobox', { name: 'Speed' }).inputValue()).toBe('1');
    expect(await page.getByRole('combobox', { name: 'Theme' }).inputValue()).toBe('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect.poll(() => pathAndQuery(page)).toBe('/phoenix-2023/no-spoilers/?lap=174');
    // The app follows them: the veil hides what lies past lap 174, and the next step goes on from there.
    expect(await page.getByRole('button', { name: /^Lap 179: / }).count()).toBe(0);
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => pathAndQuery(page)).toBe('/phoenix-2023/no-spoilers/?lap=173');
    expect(await page.getByRole('button', { name: 'Play' }).evaluate((b) => getComputedStyle(b).cursor)).toBe('pointer');
  });

  test('a marker clicked before the start is selected once the app is there, as a new history entry', async () => {
    const { page, release } = await openHeld('phoenix-2023/');
    const entries = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: /^Lap 129: / }).click();
    release();
    await ready(page);
    await expect.poll(() => pathAndQuery(page)).toBe('/phoenix-2023/currey-parsons-dye-crash/');
    expect(await page.getByRole('button', { name: /^Lap 129: / }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
  });

  test('Play pressed before the start plays once the app is there', async () => {
    const { page, release } = await openHeld('phoenix-2023/?lap=10');
    await page.getByRole('button', { name: 'Play' }).click();
    release();
    await ready(page);
    await expect.poll(() => page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await expect.poll(() => lapSlider(page).inputValue().then(Number)).toBeGreaterThan(10);
    await page.getByRole('button', { name: 'Pause' }).click();
  });
});

describe('the chart does not move under the pointer as the app starts', () => {
  test.each([
    { width: 1280, height: 800, slack: 0.5 },
    { width: 390, height: 844, slack: 3 },
  ])('at $width px, each mark stays where it was drawn (within $slack px sideways, not at all up or down)', async ({ width, height, slack }) => {
    const { page, release } = await openHeld('phoenix-2023/', { width, height });
    const names = [/^Lap 54: /, /^Lap 120: /, /^Lap 168: /];
    const before = await Promise.all(names.map((name) => centreOf(page.getByRole('button', { name }).first())));
    const chartBefore = (await chart(page).boundingBox())!;
    release();
    await ready(page);
    const after = await Promise.all(names.map((name) => centreOf(page.getByRole('button', { name }).first())));
    const chartAfter = (await chart(page).boundingBox())!;
    for (const [i, point] of after.entries()) {
      expect(Math.abs(point.x - before[i]!.x), String(names[i])).toBeLessThanOrEqual(slack);
      expect(Math.abs(point.y - before[i]!.y), String(names[i])).toBeLessThanOrEqual(0.5);
    }
    expect(chartAfter).toEqual(chartBefore);
  });
});

describe('when the app’s code cannot load', () => {
  const FAILED = [/Failed to load resource/];

  test('the page says so with Retry, hides the controls that cannot work, and stays readable; Retry starts it', async () => {
    let block = true;
    const page = await openApp('phoenix-2023/hocevar-spins-heim/', {
      waitForStart: false,
      expectedConsoleErrors: FAILED,
      beforeLoad: async (p) => void (await p.route(MAIN, (route) => (block ? route.abort() : route.continue()))),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'could not load its code' });
    await expect.poll(() => alert.isVisible()).toBe(true);
    expect(await alert.textContent()).toContain('Lapline could not load its code, so this page is shown as it was drawn, without its controls. Check the connection, then Retry.');
    for (const name of ['Play', 'Next incident →', 'Copy link', '+ Zoom in']) expect(await page.getByRole('button', { name }).isVisible(), name).toBe(false);
    expect(await lapSlider(page).isVisible()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Hide what happens after this lap' }).isVisible()).toBe(false);
    // Readable: the incident, its quotes, the incident links (which work without the code).
    expect(await page.getByRole('heading', { name: 'Hocevar spins Heim' }).isVisible()).toBe(true);
    expect(await incidentsList(page).getByRole('link', { name: /^Lap 129: / }).isVisible()).toBe(true);
    block = false;
    await alert.getByRole('link', { name: 'Retry' }).click();
    await ready(page);
    expect(await page.getByRole('button', { name: 'Play' }).isVisible()).toBe(true);
    expect(await page.getByRole('alert').filter({ hasText: 'could not load its code' }).isVisible()).toBe(false);
  });

  test('a page whose script never runs (blocked) says, after a while, that its controls have not started, with Retry', async () => {
    const page = await openApp('phoenix-2023/', {
      waitForStart: false,
      expectedConsoleErrors: FAILED,
      beforeLoad: async (p) => {
        // The message waits 10 s on a CSS animation: played 200× faster here.
        const cdp = await p.context().newCDPSession(p);
        await cdp.send('Animation.enable');
        await cdp.send('Animation.setPlaybackRate', { playbackRate: 200 });
        await p.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
      },
    });
    const alert = page.getByRole('alert').filter({ hasText: 'taking long to start' });
    await expect.poll(() => alert.isVisible()).toBe(true);
    expect(await alert.getByRole('link', { name: 'Retry' }).getAttribute('href')).toBe('');
  });

  test('a comparison whose code cannot load keeps the comparison as drawn, readable, with no hydration error', async () => {
    // openApp fails the test on any uncaught error (React's #418 was one).
    const page = await openApp('compare/phoenix-2023/roval-2025/', {
      expectedConsoleErrors: FAILED,
      beforeLoad: async (p) => void (await p.route(/\/assets\/CompareView-[^/]*\.js$/, (route) => route.abort())),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'could not load its code' });
    await expect.poll(() => alert.isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Phoenix 2023 and Charlotte Roval 2025, side by side' }).isVisible()).toBe(true);
    expect(await page.getByRole('group', { name: /^Lap timeline of the 2023 Craftsman 150/ }).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Where the races meet' }).isVisible()).toBe(true);
    expect(await page.getByText('The comparison could not be loaded').count()).toBe(0);
    expect(await bothRacesSlider(page).isVisible()).toBe(false);
    expect(await page.getByRole('radio', { name: 'Laps to go' }).isVisible()).toBe(false);
  });
});
