/**
 * What the real-browser review found small but wrong, in Chromium: the cursor's lap label half
 * covering a tick label; the lane labels half faded by the no-spoilers veil on a phone; the chart a
 * black block with its stylesheet blocked; Play saying nothing to a screen reader; the tab order
 * going right before left. By role and name where there is one, by geometry where it is the point.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openApp, setupBrowser } from '../support/browser.ts';
import { chart, incidentDetails, incidentsList, lapSlider } from '../support/locators.ts';

setupBrowser();


/**
 * Tick labels the cursor's lap label covers in part only: each tick label's box against the label
 * (the pill) and what is drawn over the axis around it (the knockout), on the screen.
 */
const halfCovered = (page: Page) =>
  page.evaluate(() => {
    const box = (e: Element) => e.getBoundingClientRect();
    const layer = document.querySelector('svg.timeline-cursor')!;
    const pill = box(layer.querySelector('.cursor-pill')!);
    const knock = layer.querySelector('.cursor-knockout');
    const cover = knock ? box(knock) : pill;
    return [...document.querySelectorAll('svg.timeline .axis text')].flatMap((text) => {
      const t = box(text);
      const touches = t.right > pill.left && t.left < pill.right && t.bottom > pill.top && t.top < pill.bottom;
      const whole = t.left >= cover.left - 0.5 && t.right <= cover.right + 0.5;
      return touches && !whole ? [text.textContent] : [];
    });
  });

describe('the cursor’s lap label', () => {
  test.each([
    ['phoenix-2023/', 1280],
    ['phoenix-2023/heim-on-pole/', 1280],
    ['phoenix-2023/', 390],
  ])('on %s at %i px never leaves a tick label half covered beside it, at any lap', async (address, width) => {
    const page = await openApp(address, { width, height: 900 });
    const found: string[] = [];
    // The ends (where the label is pushed inwards) and a stretch of laps in between.
    for (const to of ['Home', 'End']) {
      await lapSlider(page).focus();
      await page.keyboard.press(to);
      for (let i = 0; i < 12; i++) {
        const at = await lapSlider(page).inputValue();
        found.push(...(await halfCovered(page)).map((t) => `lap ${at}: ${t}`));
        await page.keyboard.press(to === 'Home' ? 'ArrowRight' : 'ArrowLeft');
      }
    }
    expect(found).toEqual([]);
  });
});

describe('the no-spoilers veil on a phone', () => {
  test('leaves every lane label whole: those it falls across are drawn again over it', async () => {
    const page = await openApp('roval-2025/?lap=10&spoilers=hide', { width: 390, height: 844 });
    await chart(page).scrollIntoViewIfNeeded();
    const labels = await page.evaluate(() => {
      const veil = document.querySelector('.spoiler-veil__shade')!.getBoundingClientRect();
      const over = [...document.querySelectorAll('.veil-lane-labels text')].map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }));
      return [...document.querySelectorAll('svg.timeline .lane .lane-label')].map((label) => {
        const r = label.getBoundingClientRect();
        const again = over.find((o) => o.text === label.textContent && Math.abs(o.r.left - r.left) < 0.5 && Math.abs(o.r.top - r.top) < 0.5);
        return { text: label.textContent, underVeil: r.right > veil.left, drawnOver: again !== undefined };
      });
    });
    expect(labels.filter((l) => l.underVeil).length).toBeGreaterThan(0);
    expect(labels.filter((l) => l.underVeil && !l.drawnOver)).toEqual([]);
  });
});

describe('with the stylesheet blocked', () => {
  test('the chart still reads: no black block where its bands, hit areas and scrub surface are', async () => {
    const page = await openApp('phoenix-2023/', {
      width: 1280,
      height: 900,
      expectedConsoleErrors: [/Failed to load resource/],
      beforeLoad: async (p) => void (await p.route(/\.css$/, (route) => route.abort())),
    });
    const share = await page.evaluate(() => {
      const svg = document.querySelector('svg.timeline')!;
      const whole = svg.getBoundingClientRect();
      let black = 0;
      for (const shape of svg.querySelectorAll('rect, circle')) {
        const style = getComputedStyle(shape);
        if (style.fill !== 'rgb(0, 0, 0)' || Number(style.fillOpacity) === 0 || style.display === 'none') continue;
        const r = shape.getBoundingClientRect();
        black += r.width * r.height;
      }
      return black / (whole.width * whole.height);
    });
    expect(share).toBeLessThan(0.02);
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

describe('the tab order at 1280 px', () => {
  test('goes through the columns in the order they are drawn, left then right', async () => {
    const page = await openApp('phoenix-2023/hocevar-spins-heim/', { width: 1280, height: 900 });
    const details = incidentDetails(page);
    const list = incidentsList(page);
    const [left, right] = [(await details.boundingBox())!, (await list.boundingBox())!];
    expect(left.x + left.width).toBeLessThanOrEqual(right.x);
    // Tab from the share bar's start until focus leaves the columns: every stop in the details before any in the list.
    await page.getByRole('link', { name: /compare with/ }).focus();
    const order: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const at = document.activeElement;
        return at?.closest('[aria-labelledby="details-heading"], .columns__main') ? 'left' : at?.closest('.columns__side') ? 'right' : 'other';
      });
      if (where !== order.at(-1)) order.push(where);
      if (order.includes('right') && where === 'other') break;
    }
    expect(order.slice(0, 3)).toEqual(['left', 'right', 'other']);
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
