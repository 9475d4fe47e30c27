/**
 * The timeline as a reader uses it in real Chromium: resizing without a reload, tooltips on hover
 * and keyboard focus, zoom by buttons, keys, brushing and link, lanes by driver, no spoilers,
 * themes, print, and the SVG/PNG downloads under the production Content-Security-Policy; the
 * cursor's lap label never half covering a tick label, at any lap, and the lane labels whole under
 * the no-spoilers veil on a phone.
 * Written against roles, accessible names and the URL; geometry is read from the drawing itself.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openApp, setupBrowser } from '../support/browser.ts';
import { param } from '../support/address.ts';
import { waitForApp } from '../support/wait.ts';
import { chart, incidentsList, lapSlider, timelineRegion } from '../support/locators.ts';
import { axeViolations, isSeriousOrCritical } from '../support/axe.ts';
import { pngSize } from '../support/png.ts';

/** One button per incident: as many as the race file has events. */
const phoenixEventCount = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../src/data/races/phoenix-2023/race.json'), 'utf8')) as { events: unknown[] }).events.length;

setupBrowser();

const chartWidth = (page: Page) => () => chart(page).evaluate((svg) => svg.getBoundingClientRect().width);

/** The laps of the incident buttons on the chart. */
async function chartLaps(page: Page): Promise<number[]> {
  const names = await chart(page).getByRole('button', { name: /^Lap \d+: / }).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  return names.map((n) => Number(/^Lap (\d+)/.exec(n)?.[1]));
}

/** Serious or critical axe-core violations inside the Timeline region. */
async function timelineViolations(page: Page): Promise<string[]> {
  return (await axeViolations(page, timelineRegion(page))).filter(isSeriousOrCritical).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** True when the page does not scroll sideways. */
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe('timeline', () => {
  test('fits 1280, 800 and 390 px without sideways scrolling, with 24 px targets, re-laid out on resize without a reload', async () => {
    const page = await openApp('?race=phoenix-2023&lap=120');
    await expect.poll(chartWidth(page)).toBeGreaterThan(1000);
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    for (const width of [1280, 800, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await expect.poll(chartWidth(page), { message: `chart width at ${width}` }).toBeLessThanOrEqual(width - 20);
      await expect.poll(chartWidth(page)).toBeGreaterThan(width * 0.8);
      expect(await noSidewaysScroll(page), `sideways scroll at ${width}`).toBe(true);
      // Every incident's target is at least 24 x 24 px.
      const sizes = await chart(page).getByRole('button', { name: /^Lap \d+: / }).evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
      expect(sizes.length).toBeGreaterThan(20);
      expect(Math.min(...sizes), `smallest target at ${width}`).toBeGreaterThanOrEqual(23.5);
      // The stage and overtime labels never overlap (they abbreviate instead).
      const boxes = await chart(page)
        .locator('text')
        .evaluateAll((els) =>
          els
            .filter((e) => /^(Stage \d|S\d|Final( stage)?|F|OT.*|\d+ overtimes|Overtime)$/.test(e.textContent ?? ''))
            .map((e) => e.getBoundingClientRect())
            .map((r) => ({ left: r.left, right: r.right, top: r.top }))
            .sort((a, b) => a.left - b.left),
        );
      expect(boxes.length).toBeGreaterThanOrEqual(4);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left, `label overlap at ${width}`).toBeGreaterThanOrEqual(boxes[i - 1]!.right);
      // The slider is still the main control, full width under the chart.
      const slider = await lapSlider(page).boundingBox();
      expect(slider!.width).toBeGreaterThan(width * 0.4);
    }
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });

  test("the cursor's lap label covers the tick label of its lap whole, at either end of the axis too", async () => {
    for (const [race, lap] of [['roval-2025', 70], ['roval-2025', 5], ['phoenix-2023', 100]] as const) {
      const page = await openApp(`?race=${race}&lap=${lap}`);
      const boxes = await timelineRegion(page).evaluate((region, at) => {
        const pill = region.querySelector('.cursor-pill')!.getBoundingClientRect();
        const tick = [...region.querySelectorAll('.axis text')].find((t) => t.textContent === String(at))!.getBoundingClientRect();
        return { pill: [pill.left, pill.right], tick: [tick.left, tick.right] };
      }, lap);
      expect(boxes.tick[0], `${race} lap ${lap}`).toBeGreaterThanOrEqual(boxes.pill[0]);
      expect(boxes.tick[1], `${race} lap ${lap}`).toBeLessThanOrEqual(boxes.pill[1]);
      await page.close();
    }
  });

  test('tooltips on hover and on keyboard focus give lap, title, drivers and certainty', async () => {
    const page = await openApp('?race=phoenix-2023&lap=120');
    await chart(page).getByRole('button', { name: /^Lap 120: Hocevar spins Heim/ }).hover();
    const tip = page.getByRole('tooltip');
    await expect.poll(() => tip.textContent()).toContain('Hocevar spins Heim');
    expect(await tip.textContent()).toMatch(/Lap 120.*Carson Hocevar, Corey Heim, Stewart Friesen.*Approximate lap, laps 119–121/);
    await page.mouse.move(5, 5);
    await expect.poll(() => tip.count()).toBe(0);

    // Keyboard: Shift+Tab from the slider lands on the chart's one tab stop; the arrows move in lap order.
    await lapSlider(page).focus();
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Lap 1: /);
    await expect.poll(() => tip.textContent()).toMatch(/Lap 1.*Exact lap/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tip.textContent()).toMatch(/Caution 1 · laps 45–48.*End of stage 1.*Approximate laps/);
    await page.keyboard.press('End');
    await expect.poll(() => tip.textContent()).toMatch(/Lap 179/);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.count()).toBe(0);
  });

  test('zooms with the buttons and the keys, keeps the window in the link, and resets', async () => {
    const page = await openApp('?race=phoenix-2023&lap=120');
    const zoom = timelineRegion(page).getByRole('group', { name: 'Zoom' });
    await zoom.getByRole('button', { name: 'Final laps' }).click();
    await expect.poll(param(page, 'zoom')).toBe('120-179');
    await expect.poll(() => chart(page).getByRole('button', { name: /^Overtime \d/ }).count()).toBe(4);
    expect(Math.min(...(await chartLaps(page)))).toBeGreaterThanOrEqual(120);
    // The slider still spans the race.
    expect(await lapSlider(page).getAttribute('max')).toBe('179');

    await zoom.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(param(page, 'zoom')).not.toBe('120-179');
    await zoom.getByRole('button', { name: 'Reset zoom' }).click();
    await expect.poll(param(page, 'zoom')).toBeNull();

    // Keys, while an item on the chart has focus.
    await chart(page).getByRole('button', { name: /^Lap 120: Hocevar/ }).focus();
    await page.keyboard.press('+');
    await expect.poll(param(page, 'zoom')).toMatch(/^\d+-\d+$/);
    const [from, to] = param(page, 'zoom')()!.split('-').map(Number);
    expect(from! <= 120 && to! >= 120 && to! - from! < 100).toBe(true);
    await page.keyboard.press('-');
    await expect.poll(param(page, 'zoom')).toBeNull();
    await page.keyboard.press('+');
    await expect.poll(param(page, 'zoom')).not.toBeNull();
    await page.keyboard.press('0');
    await expect.poll(param(page, 'zoom')).toBeNull();
  });

  test('brushing on the overview zooms to the laps brushed', async () => {
    const page = await openApp('?race=phoenix-2023&lap=179', { height: 1100 });
    await chart(page).scrollIntoViewIfNeeded();
    const box = (await chart(page).boundingBox())!;
    // The overview is the strip along the bottom of the chart; its plot spans the same x as the lanes.
    const geometry = await chart(page).evaluate((svg) => {
      // The axis tick labels: numbers under the lanes, left to right (the cursor's label is further down).
      const axis = [...svg.querySelectorAll('text')].filter((t) => /^\d+$/.test(t.textContent ?? '') && t.closest('[transform]') !== null);
      const [a, b] = [axis[0]!, axis[axis.length - 1]!];
      const ra = a.getBoundingClientRect();
      const rb = b.getBoundingClientRect();
      return { lapA: Number(a.textContent), xA: (ra.left + ra.right) / 2, lapB: Number(b.textContent), xB: (rb.left + rb.right) / 2 };
    });
    const xOf = (lap: number) => geometry.xA + ((lap - geometry.lapA) * (geometry.xB - geometry.xA)) / (geometry.lapB - geometry.lapA);
    const y = box.y + box.height - 16;
    await page.mouse.move(xOf(130), y);
    await page.mouse.down();
    await page.mouse.move(xOf(150), y, { steps: 5 });
    await page.mouse.move(xOf(170), y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(param(page, 'zoom')).toMatch(/^\d+-\d+$/);
    const [from, to] = param(page, 'zoom')()!.split('-').map(Number);
    expect(Math.abs(from! - 130)).toBeLessThanOrEqual(2);
    expect(Math.abs(to! - 170)).toBeLessThanOrEqual(2);
    expect(Math.min(...(await chartLaps(page)))).toBeGreaterThanOrEqual(from!);
  });

  test('opens a zoomed link as shared, and explains a bad zoom', async () => {
    const page = await openApp('?race=phoenix-2023&lap=100&zoom=120-179');
    await expect.poll(() => chart(page).getAttribute('aria-label')).toMatch(/laps 120 to 179 of 179/);
    // The controls follow the link once their code is in (they are drawn as the page was until then).
    await expect.poll(() => timelineRegion(page).getByRole('button', { name: 'Final laps' }).getAttribute('aria-pressed')).toBe('true');
    // The cursor (lap 100) is outside the window: an arrow at the edge says where it is.
    expect(await timelineRegion(page).textContent()).toContain('◀ 100');

    const bad = await openApp('?race=phoenix-2023&zoom=120-');
    await expect.poll(async () => (await bad.getByRole('status').allTextContents()).join(' ')).toMatch(/zoom “120-” is not a lap window/);
    await expect.poll(() => chart(bad).getAttribute('aria-label')).toMatch(/laps 1 to 179$/);
  });

  test('groups lanes by driver with one button per incident', async () => {
    const page = await openApp('?race=phoenix-2023&lap=179');
    await timelineRegion(page).getByRole('combobox', { name: 'Group by' }).selectOption('driver');
    await expect.poll(param(page, 'lanes')).toBe('driver');
    await expect.poll(() => chart(page).textContent()).toContain('Corey Heim');
    const names = await chart(page).getByRole('button', { name: /^Lap \d+: / }).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(names.length).toBe(phoenixEventCount);
    expect(new Set(names).size).toBe(names.length);
  });

  test('in no-spoilers mode the chart shows nothing after the cursor until the cursor gets there', async () => {
    const page = await openApp('?race=phoenix-2023&lap=100&spoilers=hide');
    await expect.poll(async () => (await chartLaps(page)).length).toBeGreaterThan(0);
    expect(Math.max(...(await chartLaps(page)))).toBeLessThanOrEqual(100);
    expect(await chart(page).getByRole('button', { name: /^(Overtime|Caution 7)/ }).count()).toBe(0);
    await lapSlider(page).focus();
    // End goes as far as the reader may know the race: lap 150, then a lap at a time.
    await page.keyboard.press('End');
    await expect.poll(() => lapSlider(page).inputValue()).toBe('150');
    expect(await chart(page).getByRole('button', { name: /^Overtime \d/ }).count()).toBe(0);
    for (let lap = 150; lap < 179; lap++) await page.keyboard.press('End');
    await expect.poll(() => lapSlider(page).inputValue()).toBe('179');
    await expect.poll(() => chart(page).getByRole('button', { name: /^Overtime \d/ }).count()).toBe(4);
    expect(Math.max(...(await chartLaps(page)))).toBe(179);
  });

  test('the theme follows the system, can be forced, is remembered and stays out of the link', async () => {
    const page = await openApp('?race=roval-2025', { colorScheme: 'dark' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor || getComputedStyle(document.documentElement).backgroundColor);
    const rootBackground = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const darkBg = await rootBackground();
    const theme = page.getByRole('banner').getByRole('combobox', { name: 'Theme' });
    await theme.selectOption('light');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await expect.poll(rootBackground).not.toBe(darkBg);
    await page.reload({ waitUntil: 'load' });
    await waitForApp(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(new URL(page.url()).search).not.toMatch(/theme/);
    await page.getByRole('banner').getByRole('combobox', { name: 'Theme' }).selectOption('system');
    await expect.poll(rootBackground).toBe(darkBg);
    expect(await background()).toBeTruthy();
  });

  test('prints the summary, the timeline and the selected incident on white', async () => {
    const page = await openApp('?race=phoenix-2023&event=hocevar-spins-heim', { colorScheme: 'dark' });
    await expect.poll(() => chart(page).count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await page.getByRole('heading', { name: 'Hocevar spins Heim' }).first().isVisible()).toBe(true);
    expect(await chart(page).isVisible()).toBe(true);
    expect(await incidentsList(page).isVisible()).toBe(false);
    expect(await timelineRegion(page).getByRole('button', { name: 'Download SVG' }).isVisible()).toBe(false);
    // The chart fits the printed page.
    const fits = await chart(page).evaluate((svg) => svg.getBoundingClientRect().right <= document.documentElement.clientWidth);
    expect(fits).toBe(true);
  });

  test('has no serious accessibility violation when zoomed, by driver, without spoilers, with a tooltip, light and dark, wide and narrow', async () => {
    for (const [width, colorScheme] of [[1280, 'light'], [390, 'dark']] as const) {
      const page = await openApp('?race=phoenix-2023&lap=160&zoom=110-179&lanes=driver&spoilers=hide', { width, colorScheme });
      await expect.poll(() => chart(page).getByRole('button', { name: /^Overtime/ }).count()).toBeGreaterThan(0);
      await chart(page).getByRole('button', { name: /^Lap 147: / }).hover();
      await expect.poll(() => page.getByRole('tooltip').count()).toBe(1);
      expect(await timelineViolations(page), `${width} ${colorScheme}`).toEqual([]);
    }
  });

  test('downloads the timeline as drawn: a standalone SVG and a 2x PNG, under the production CSP', async () => {
    const page = await openApp('?race=phoenix-2023&lap=120');
    const downloads = timelineRegion(page).getByRole('group', { name: 'Download' });
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('button', { name: 'Download SVG' }).click()]);
    expect(svgDownload.suggestedFilename()).toBe('lapline-phoenix-2023-lap-120.svg');
    const svg = await readFile((await svgDownload.path())!, 'utf8');
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('2023 Craftsman 150 · lap 120 of 179');
    expect(svg).toMatch(/style="[^"]*fill: rgb/);
    expect(svg).toContain('Contact &amp; crashes');
    expect(svg).not.toMatch(/tabindex|Drag here to zoom/);

    const width = (await chart(page).boundingBox())!.width;
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('button', { name: 'Download PNG' }).click()]);
    expect(pngDownload.suggestedFilename()).toBe('lapline-phoenix-2023-lap-120.png');
    const png = await readFile((await pngDownload.path())!);
    expect(pngSize(png)?.width).toBe(Math.round(width) * 2);
    expect(png.length).toBeGreaterThan(10_000);
  });
});

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
