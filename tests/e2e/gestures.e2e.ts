/**
 * Clicks and gestures on the chart, in real Chromium: the mark under the pointer is the one a click
 * selects, the tooltip never takes it (clicking markers one after another, hovering one then clicking
 * a neighbour); on a phone a vertical swipe that starts on the chart scrolls and never scrubs, a tap
 * on an empty part does nothing, a sideways drag scrubs; every target on the chart is 24 px or more;
 * the comparison's slider stays on screen by the timelines it moves. By role and name.
 */
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openApp, setupBrowser } from '../support/browser.ts';
import { addressParam } from '../support/address.ts';
import { bothRacesSlider, chart, incidentTitle, lapSlider } from '../support/locators.ts';
import { markersOn } from '../support/draw.ts';

setupBrowser();

const PHONE = { width: 390, height: 844 };
const lap = (page: Page) => lapSlider(page).inputValue();

/** The name of the chart item at a point of the screen (its button), or what else is there. */
const itemAt = (page: Page, x: number, y: number) =>
  page.evaluate(([px, py]) => {
    const at = document.elementFromPoint(px!, py!);
    return at?.closest('[role="button"]')?.getAttribute('aria-label') ?? at?.closest('[role="tooltip"]')?.getAttribute('role') ?? at?.getAttribute('class') ?? null;
  }, [x, y]);

const selected = (page: Page) => incidentTitle(page).textContent();
/** An incident's title from its accessible name ("Lap 120: Hocevar spins Heim, approximate lap (laps 119–126)"). */
const titleOf = (name: string) => name.replace(/^Lap \d+: /, '').replace(/( \(exact lap\)|, (approximate|inferred) lap \(.*\))$/, '');

describe('the mark under the pointer is the one clicked', () => {
  test('clicking every marker in turn, at its drawn centre, without moving the pointer away, selects each', async () => {
    const page = await openApp('phoenix-2023/', { width: 1280, height: 900 });
    await chart(page).scrollIntoViewIfNeeded();
    const marks = await markersOn(chart(page));
    expect(marks.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const mark of marks) {
      // The tooltip of the last mark clicked is still up: it must not be what is at this one's centre.
      const there = await itemAt(page, mark.x, mark.y);
      await page.mouse.click(mark.x, mark.y);
      await expect.poll(() => selected(page)).toBe(titleOf(mark.name));
      if (there !== mark.name) wrong.push(`${mark.name}: ${there}`);
    }
    expect(wrong).toEqual([]);
  });

  test('hovering a marker, then clicking a neighbour within 60 px (under its tooltip), selects the neighbour', async () => {
    const page = await openApp('phoenix-2023/', { width: 1280, height: 900 });
    await chart(page).scrollIntoViewIfNeeded();
    const marks = await markersOn(chart(page));
    const pairs = marks.flatMap((a) => marks.filter((b) => b !== a && Math.hypot(a.x - b.x, a.y - b.y) < 60).map((b) => [a, b] as const));
    expect(pairs.length).toBeGreaterThan(15);
    let underTip = 0;
    for (const [from, to] of pairs) {
      await page.mouse.move(from.x, from.y);
      await page.getByRole('tooltip').waitFor();
      const tip = (await page.getByRole('tooltip').boundingBox())!;
      if (to.x >= tip.x && to.x <= tip.x + tip.width && to.y >= tip.y && to.y <= tip.y + tip.height) underTip += 1;
      await page.mouse.move(to.x, to.y, { steps: 4 });
      // Hovered, the neighbour's own tooltip is the one shown.
      await expect.poll(() => page.getByRole('tooltip').textContent()).toContain(titleOf(to.name));
      await page.mouse.down();
      await page.mouse.up();
      await expect.poll(() => selected(page), { message: `${from.name} → ${to.name}` }).toBe(titleOf(to.name));
    }
    // The case the review found: a tooltip lying over the neighbour clicked.
    expect(underTip).toBeGreaterThan(0);
  });

  test('in the comparison too: each marker of either race, clicked in turn, selects it', async () => {
    const page = await openApp('compare/phoenix-2023/roval-2025/', { width: 1280, height: 900 });
    for (const name of [/^Lap timeline of the 2023 Craftsman 150/, /^Lap timeline of the 2025 EcoSave 250/]) {
      const timeline = page.getByRole('group', { name });
      await timeline.scrollIntoViewIfNeeded();
      for (const mark of await markersOn(timeline)) {
        await page.mouse.click(mark.x, mark.y);
        await expect.poll(() => selected(page)).toBe(titleOf(mark.name));
      }
    }
  });

  test('a click on the tooltip where it covers no mark does what a click on its mark does', async () => {
    const page = await openApp('phoenix-2023/', { width: 1280, height: 900 });
    await chart(page).scrollIntoViewIfNeeded();
    const mark = (await markersOn(chart(page))).find((m) => m.name.startsWith('Lap 1: '))!;
    await page.mouse.move(mark.x, mark.y);
    const tip = page.getByRole('tooltip');
    await tip.waitFor();
    const box = (await tip.boundingBox())!;
    // A point of the tooltip with no mark under it.
    const point = { x: box.x + box.width - 6, y: box.y + box.height / 2 };
    expect(await itemAt(page, point.x, point.y)).toBe('scrub-surface');
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => addressParam(page.url(), 'event')).toBe('heim-on-pole');
    expect(await lap(page)).toBe('1');
  });

  test('the tooltip stays clear of the lane labels', async () => {
    const page = await openApp('phoenix-2023/', { width: 1280, height: 900 });
    await chart(page).scrollIntoViewIfNeeded();
    const mark = (await markersOn(chart(page))).find((m) => m.name.startsWith('Lap 1: '))!;
    await page.mouse.move(mark.x, mark.y);
    const tip = (await page.getByRole('tooltip').boundingBox())!;
    const labels = await chart(page)
      .locator('.lane-label')
      .evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })));
    expect(labels.length).toBeGreaterThan(3);
    const covered = labels.filter((l) => l.right > tip.x && l.left < tip.x + tip.width && l.bottom > tip.y && l.top < tip.y + tip.height);
    expect(covered).toEqual([]);
  });
});

/** A finger on the screen, through the DevTools protocol, as a phone's touch screen sends it. */
async function swipe(cdp: CDPSession, from: { x: number; y: number }, by: { x: number; y: number }, steps = 10) {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y }] });
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from.x + (by.x * i) / steps, y: from.y + (by.y * i) / steps }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** A point on the chart, in the lanes, that is neither a mark nor near one: the scrub surface itself. */
async function emptyPoint(page: Page) {
  const box = (await chart(page).boundingBox())!;
  for (const fx of [0.45, 0.55, 0.35, 0.65]) {
    for (const fy of [0.3, 0.45, 0.6]) {
      const point = { x: box.x + box.width * fx, y: box.y + box.height * fy };
      if (point.y < 0 || point.y > PHONE.height - 40) continue;
      if ((await itemAt(page, point.x, point.y)) === 'scrub-surface') return point;
    }
  }
  throw new Error('no empty point on the chart');
}

describe('on a phone, a swipe that starts on the chart scrolls the page and never scrubs', () => {
  for (const address of ['phoenix-2023/?lap=30&spoilers=hide', 'phoenix-2023/']) {
    test(`a vertical swipe, and a tap on an empty part, leave the cursor where it was (${address})`, async () => {
      const page = await openApp(address, { ...PHONE, touch: true });
      const cdp = await page.context().newCDPSession(page);
      const before = await lap(page);
      const url = page.url();
      await chart(page).scrollIntoViewIfNeeded();
      const start = await page.evaluate(() => window.scrollY);
      const point = await emptyPoint(page);
      await swipe(cdp, point, { x: 6, y: -300 });
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(start + 100);
      expect(await lap(page)).toBe(before);
      await page.touchscreen.tap(...(Object.values(await emptyPoint(page)) as [number, number]));
      // A tap's click comes after its touch: wait for the app to have seen one.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
      expect(await lap(page)).toBe(before);
      expect(page.url()).toBe(url);
    });
  }

  test('a sideways drag on the chart still scrubs, as the slider does', async () => {
    const page = await openApp('phoenix-2023/?lap=30', { ...PHONE, touch: true });
    const cdp = await page.context().newCDPSession(page);
    await chart(page).scrollIntoViewIfNeeded();
    const point = await emptyPoint(page);
    await swipe(cdp, point, { x: 80, y: 4 });
    await expect.poll(() => lap(page).then(Number)).toBeGreaterThan(30);
  });
});

describe('every target on the chart is 24 px or more on a phone', () => {
  /** Every button on the chart: its name, and the size and centre of what takes its clicks. */
  const targets = (page: Page) =>
    chart(page)
      .getByRole('button')
      .evaluateAll((buttons) =>
        buttons.map((b) => {
          const r = (b.querySelector('.item-hit, .marker-hit') ?? b).getBoundingClientRect();
          return { name: b.getAttribute('aria-label')!, width: r.width, height: r.height, x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }),
      );

  test.each(['phoenix-2023/', 'roval-2025/', 'phoenix-2023/?zoom=120-179'])('%s: each caution, overtime and marker, and a tap at its centre is its own', async (address) => {
    const page = await openApp(address, { ...PHONE, touch: true });
    await chart(page).scrollIntoViewIfNeeded();
    const all = await targets(page);
    expect(all.some((t) => /^(Caution|Cautions|Overtime|Overtimes) \d/.test(t.name))).toBe(true);
    // 24 px, less what a circle's box loses to rounding.
    expect(all.filter((t) => t.width < 23.9 || t.height < 23.9).map((t) => `${t.name}: ${t.width.toFixed(1)}×${t.height.toFixed(1)}`)).toEqual([]);
    const missed = [];
    for (const t of all.filter((t) => t.y > 0 && t.y < PHONE.height)) if ((await itemAt(page, t.x, t.y)) !== t.name) missed.push(t.name);
    expect(missed).toEqual([]);
  });

  test('cautions too close together to pick one are one target, which zooms in on them, where each is its own', async () => {
    const page = await openApp('phoenix-2023/', { ...PHONE, touch: true });
    await chart(page).scrollIntoViewIfNeeded();
    const crowd = chart(page).getByRole('button', { name: /^Cautions 1 to 2: laps 45–58, too close together here to pick one; zooms in on them$/ });
    expect(await chart(page).getByRole('button', { name: /^Caution 1:/ }).count()).toBe(0);
    await crowd.tap();
    await expect.poll(() => addressParam(page.url(), 'zoom')).toBe('44-59');
    for (const name of [/^Caution 1:/, /^Caution 2:/]) {
      const box = (await chart(page).getByRole('button', { name }).locator('.item-hit').boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(24);
    }
  });
});

describe('on a phone, the comparison’s slider stays by the timelines it moves', () => {
  test('it is on screen with the first race’s timeline, and while scrolling down both', async () => {
    const page = await openApp('compare/phoenix-2023/roval-2025/', PHONE);
    const slider = bothRacesSlider(page);
    const first = page.getByRole('group', { name: /^Lap timeline of the 2023 Craftsman 150/ });
    const second = page.getByRole('group', { name: /^Lap timeline of the 2025 EcoSave 250/ });
    const onScreen = async () => {
      const box = (await slider.boundingBox())!;
      return box.y >= 0 && box.y + box.height <= PHONE.height;
    };
    for (const timeline of [first, second]) {
      const box = (await timeline.boundingBox())!;
      // The timeline's top at the top of the screen, then its middle.
      for (const at of [box.y, box.y + box.height / 2]) {
        await page.evaluate((y) => window.scrollBy(0, y), at);
        await expect.poll(onScreen).toBe(true);
        await page.evaluate((y) => window.scrollBy(0, -y), at);
      }
    }
    // Scrubbing it from there moves the first race's cursor, in view.
    await page.evaluate((y) => window.scrollBy(0, y), (await first.boundingBox())!.y);
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator('.compare-slider__number').first().textContent()).toBe('1');
    expect((await first.boundingBox())!.y).toBeGreaterThanOrEqual(-1);
    await expect.poll(onScreen).toBe(true);
  });
});
