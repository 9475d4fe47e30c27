/**
 * No spoilers means none anywhere (issue 19): not in the address a reader shares, not in what that
 * address unfurls as (its title, description and card), not at first paint, not in the live region.
 * Every check looks for the result, or for what comes after the cursor, and fails if it is there.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openApp, setupBrowser } from '../support/browser.ts';
import { appUrl, pathAndQuery } from '../support/address.ts';
import { bothRacesSlider, lapSlider } from '../support/locators.ts';
import { head, titles } from '../support/heads.ts';

setupBrowser();


/** What tells a reader how the Phoenix race ended: the winner, the champion, the title incident, its length. */
const PHOENIX_RESULT = [/Winner\s*Christian Eckes/i, /Champion\s*Ben Rhodes/i, /Rhodes takes the title/, /\b179\b/, /four overtimes/i, /Eckes wins/];

/** The parts of a page's head a link preview reads. */
async function previewOf(path: string) {
  const html = await (await fetch(appUrl(path))).text();
  const meta = (key: string) => head(html, key) ?? null;
  return { title: titles(html)[0] ?? '', description: meta('description'), ogTitle: meta('og:title'), ogDescription: meta('og:description'), image: meta('og:image') };
}

describe('the journey that spoiled a reader', () => {
  test('select the title incident, hide what lies ahead, press Home: the address, the tab and the live region name nothing later', async () => {
    // At the finish, hiding what lies ahead hides nothing yet; then the title incident is clicked.
    const page = await openApp('phoenix-2023/');
    await page.getByRole('checkbox', { name: 'Hide what happens after this lap' }).check();
    await page.getByRole('button', { name: /^Lap 179: Rhodes takes the title/ }).first().click();
    await expect.poll(() => pathAndQuery(page)).toBe('/phoenix-2023/no-spoilers/?event=rhodes-wins-title');
    const live = page.getByRole('status', { name: 'Announcements' });
    await expect.poll(() => live.textContent()).toMatch(/Rhodes takes the title/);
    const slider = lapSlider(page);
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => pathAndQuery(page)).toBe('/phoenix-2023/no-spoilers/');
    expect(await live.textContent()).toBe('');
    await expect.poll(() => page.title()).not.toMatch(/Rhodes|179/);
    // The at-lap panel follows the cursor in a transition (so a scrub is not held up by it): on a busy
    // machine it can commit after the title, so wait for the page to settle rather than read it once.
    const body = page.locator('body');
    for (const leak of PHOENIX_RESULT) await expect.poll(() => body.innerText()).not.toMatch(leak);
    // Copy link shares exactly that address.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname + new URL(copied).search).toBe('/phoenix-2023/no-spoilers/');
  });
});

describe('the race length', () => {
  /** Where the slider's thumb and the chart's last tick say the race ends. */
  const scale = (page: Page, sliderName: string) =>
    page.evaluate((name) => {
      const input = [...document.querySelectorAll<HTMLInputElement>('input[type=range]')].find((i) => i.getAttribute('aria-label') === name || i.labels?.[0]?.textContent?.startsWith(name));
      const ticks = [...document.querySelectorAll('svg.timeline .axis text')].map((t) => Number(t.textContent)).filter(Number.isFinite);
      return { max: Number(input?.max), lastTick: Math.max(...ticks) };
    }, sliderName);

  test('is told by no scale before the scheduled distance: the slider and the axis end at lap 150, and grow a lap at a time past it', async () => {
    const page = await openApp('phoenix-2023/no-spoilers/?lap=60');
    expect(await scale(page, 'Lap')).toEqual({ max: 150, lastTick: 150 });
    await lapSlider(page).focus();
    await page.keyboard.press('End');
    await expect.poll(() => pathAndQuery(page)).toBe('/phoenix-2023/no-spoilers/?lap=150');
    await page.keyboard.press('End');
    await expect.poll(() => scale(page, 'Lap')).toMatchObject({ max: 152 });
    const body = page.locator('body');
    for (const leak of PHOENIX_RESULT) await expect.poll(() => body.innerText()).not.toMatch(leak);
  });

  test('in a comparison too, which is lined up by distance (laps to go would tell the lengths)', async () => {
    const page = await openApp('compare/phoenix-2023/roval-2025/no-spoilers/?align=togo');
    await expect.poll(() => pathAndQuery(page)).toBe('/compare/phoenix-2023/roval-2025/no-spoilers/');
    await expect.poll(() => page.getByText('Without spoilers the races are lined up by share of the distance: laps to go would tell how long each race ran.').isVisible()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Laps to go' }).isDisabled()).toBe(true);
    const slider = bothRacesSlider(page);
    await slider.focus();
    await page.keyboard.press('End');
    // The end of the slider is the scheduled distance of both, for now.
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('Phoenix 2023 lap 150, Charlotte Roval 2025 lap 67; cursor at 100% of the scheduled distance');
    const body = page.locator('body');
    for (const leak of PHOENIX_RESULT) await expect.poll(() => body.innerText()).not.toMatch(leak);
  });
});

describe('spoiler-free pages', () => {
  test.each([
    ['phoenix-2023/no-spoilers/', /2023 Craftsman 150/],
    ['roval-2025/no-spoilers/', /2025 EcoSave 250/],
    ['compare/phoenix-2023/roval-2025/no-spoilers/', /Phoenix 2023 and Charlotte Roval 2025/],
  ])('%s unfurls with nothing past the start, and has its own card', async (path, name) => {
    const preview = await previewOf(path);
    expect(preview.title).toMatch(name);
    expect(preview.title).toMatch(/without spoilers/);
    for (const told of [preview.title, preview.description, preview.ogTitle, preview.ogDescription]) {
      expect(told).not.toBeNull();
      for (const leak of [/won by/i, /winner/i, /champion/i, /Eckes|Rhodes|Heim/, /\b179\b|\b70 laps\b/, /overtime/i]) expect(told).not.toMatch(leak);
    }
    expect(preview.image).toMatch(/no-spoilers\.png$/);
    const card = await fetch(appUrl(new URL(preview.image!).pathname.replace(/^\//, '')));
    expect(card.status).toBe(200);
    expect(card.headers.get('content-type')).toMatch(/image\/png/);
  });

  test('an old no-spoilers link is taken to its spoiler-free page before it paints, the lap, incident and driver kept', async () => {
    const cases: [string, string][] = [
      ['phoenix-2023/?lap=60&spoilers=hide', '/phoenix-2023/no-spoilers/?lap=60'],
      ['roval-2025/?spoilers=hide&lap=10', '/roval-2025/no-spoilers/?lap=10'],
      ['?race=roval-2025&spoilers=hide&lap=10', '/roval-2025/no-spoilers/?lap=10'],
      ['phoenix-2023/follow/corey-heim/?spoilers=hide&lap=20', '/phoenix-2023/no-spoilers/?lap=20&follow=corey-heim'],
      ['phoenix-2023/hocevar-spins-heim/?spoilers=HIDE', '/phoenix-2023/no-spoilers/?event=hocevar-spins-heim'],
      ['compare/phoenix-2023/roval-2025/?spoilers=hide', '/compare/phoenix-2023/roval-2025/no-spoilers/'],
    ];
    for (const [from, to] of cases) {
      const page = await openApp(from);
      await expect.poll(() => pathAndQuery(page)).toBe(to);
      const text = await page.locator('body').innerText();
      expect(text, from).toContain('No spoilers');
      // The comparison has no box of its own: its two races are hidden ahead of the shared cursor.
      if (!to.startsWith('/compare/')) expect(await page.getByRole('checkbox', { name: 'Hide what happens after this lap' }).isChecked()).toBe(true);
      else expect(text).not.toMatch(/\b179\b|\b70 laps\b/);
      await page.close();
    }
  });

  test('a no-spoilers link shows nothing past its lap at DOMContentLoaded, the CPU slowed 6×, before the app has started', async () => {
    for (const [width, height] of [[1280, 800], [390, 844]] as const) {
      const page = await openApp('phoenix-2023/?lap=60&spoilers=hide', {
        width,
        height,
        waitForStart: false,
        beforeLoad: async (p) => {
          const cdp = await p.context().newCDPSession(p);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
          // The app's code held back for good: what is on screen is the page as drawn.
          await p.route(/\/assets\/app-[^/]*\.js$/, () => new Promise(() => {}));
        },
      });
      await page.waitForURL(/\/no-spoilers\//);
      await page.waitForLoadState('domcontentloaded');
      const text = await page.locator('body').innerText();
      for (const leak of PHOENIX_RESULT) expect(text, `${width} px`).not.toMatch(leak);
      expect(await page.title()).not.toMatch(/179|Rhodes|Eckes/);
      expect(await page.getByRole('checkbox', { name: 'Hide what happens after this lap' }).isChecked()).toBe(true);
      await page.close();
    }
  });
  test('a no-spoilers link to a follow page, a comparison or an embed is as spoiler-free before the app has started', async () => {
    const cases: [string, string][] = [
      ['phoenix-2023/follow/corey-heim/?spoilers=hide&lap=20', '/phoenix-2023/no-spoilers/?lap=20&follow=corey-heim'],
      ['compare/phoenix-2023/roval-2025/?spoilers=hide', '/compare/phoenix-2023/roval-2025/no-spoilers/'],
      ['phoenix-2023/?lap=60&spoilers=hide&embed=1', '/phoenix-2023/no-spoilers/?lap=60&embed=1'],
    ];
    for (const [from, to] of cases) {
      const page = await openApp(from, {
        waitForStart: false,
        // The app's code held back for good: only the page as drawn (and public/prepaint.js) can act.
        beforeLoad: async (p) => void (await p.route(/\/assets\/app-[^/]*\.js$/, () => new Promise(() => {}))),
      });
      await page.waitForURL((url) => url.pathname + url.search === to, { timeout: 15_000 });
      await page.waitForLoadState('domcontentloaded');
      const text = await page.locator('body').innerText();
      for (const leak of [...PHOENIX_RESULT, /Finished \d+(st|nd|rd|th)/, /Heim wins/]) expect(text, from).not.toMatch(leak);
      expect(await page.title(), from).not.toMatch(/179|Rhodes|Eckes/);
      if (to.includes('embed=1')) expect(await page.locator('.summary').isVisible(), from).toBe(false);
      await page.close();
    }
  });
});

describe('a stored theme', () => {
  test('paints dark from the first frame, before the app has started', async () => {
    const page = await openApp('phoenix-2023/', {
      waitForStart: false,
      beforeLoad: async (p) => {
        await p.addInitScript(() => window.localStorage.setItem('lapline-theme', 'dark'));
        await p.route(/\/assets\/app-[^/]*\.js$/, () => new Promise(() => {}));
      },
    });
    await page.waitForLoadState('domcontentloaded');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const panel = await page.locator('.panel').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(panel).not.toBe('rgb(255, 255, 255)');
  });
});
