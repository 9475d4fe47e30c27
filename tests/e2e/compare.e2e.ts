/**
 * Two races side by side (issue 12), in real Chromium against the production build: a compare link
 * opens both timelines on one axis, the shared slider moves both cursors, incidents of either race
 * are selected from the timelines and from the quotes where the races meet, Back and Forward walk
 * in and out of the comparison, the alignment is a choice the link keeps, and the view holds at
 * phone width and under axe. Written against roles and names; the cursors (drawn for the eye,
 * aria-hidden) are read from their layer, since what they show is the point of the test.
 *
 * The comparison's own page (/compare/<a>/<b>/) is not prerendered yet, so every test opens the
 * query form on the root page.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openApp, type OpenAppOptions, setupBrowser } from '../support/browser.ts';
import { param } from '../support/address.ts';
import { bothRacesSlider, chart, incidentDetails, lapSlider } from '../support/locators.ts';
import { clickWhereDrawn, marksMissingClicks } from '../support/draw.ts';
import { axeViolations } from '../support/axe.ts';

setupBrowser();

const PAIR = '?compare=phoenix-2023,roval-2025';
const PHOENIX = 'Lap timeline of the 2023 Craftsman 150';
const ROVAL = 'Lap timeline of the 2025 EcoSave 250';

const timeline = (page: Page, name: string): Locator => page.getByRole('group', { name: new RegExp(`^${name}, `) });
const meet = (page: Page): Locator => page.getByRole('region', { name: 'Where the races meet', exact: true });
const valueText = (page: Page) => (): Promise<string | null> => bothRacesSlider(page).getAttribute('aria-valuetext');

/** What the shared slider says, taken apart: each race's lap and where the cursor is on the axis. */
type Where = { phoenix: number; roval: number; at: string };
const SPOKEN = /^Phoenix 2023 lap (\d+) of 179, Charlotte Roval 2025 lap (\d+) of 70; (.+)$/;
async function where(page: Page): Promise<Where> {
  const text = (await valueText(page)()) ?? '';
  const match = SPOKEN.exec(text);
  if (!match) throw new Error(`The slider's value text does not say where both races are: “${text}”`);
  return { phoenix: Number(match[1]), roval: Number(match[2]), at: match[3]! };
}

/**
 * The text of each timeline's cursor label, in the order of the timelines: the cursor layer drawn
 * over each chart (aria-hidden, so found in the chart's own wrapper rather than by role).
 */
const cursorLabels = (page: Page) => (): Promise<string[]> =>
  chart(page).evaluateAll((charts) =>
    charts.map((chart) => {
      const labels = [...(chart.parentElement?.querySelectorAll('svg.timeline-cursor .cursor-pill__text') ?? [])];
      if (labels.length !== 1) return `${labels.length} cursor labels`;
      return labels[0]!.textContent ?? '';
    }),
  );

/** The cursors and the slider agree: each timeline's cursor label is the lap the slider says its race is on. */
async function expectCursorsAt(page: Page, phoenix: number, roval: number): Promise<void> {
  await expect.poll(async () => [(await where(page)).phoenix, (await where(page)).roval]).toEqual([phoenix, roval]);
  await expect.poll(cursorLabels(page)).toEqual([String(phoenix), String(roval)]);
}

/** `at=` as the address should have it for the slider's position: the percentage it speaks, or nothing at the finish. */
function atOf(spoken: string): string | null {
  const match = /^cursor at ([\d.]+)% of the scheduled distance$/.exec(spoken) ?? /^(\d+) laps to go$/.exec(spoken);
  if (!match) throw new Error(`Unexpected position “${spoken}”`);
  return match[1]!;
}

/** The names of the pressed (selected) marker buttons in a timeline. */
const pressed = (chart: Locator) => (): Promise<(string | null)[]> =>
  chart.getByRole('button', { pressed: true }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));

/** The incident details show an incident: its title as the heading. */
const detailsTitle = (page: Page) => (): Promise<string | null> => incidentDetails(page).getByRole('heading', { level: 3 }).first().textContent();
const nothingSelected = (page: Page) => async (): Promise<boolean> =>
  (await incidentDetails(page).getByRole('heading', { level: 3 }).count()) === 0 && /No incident selected/.test(await incidentDetails(page).innerText());

describe('opening a comparison', () => {
  test('a compare link shows both timelines in order, Phoenix then the Roval, one shared slider and no single-race slider', async () => {
    const page = await openApp(`${PAIR}&at=80`);
    await expect.poll(valueText(page)).toBe('Phoenix 2023 lap 120 of 179, Charlotte Roval 2025 lap 53 of 70; cursor at 80% of the scheduled distance');
    expect(await chart(page).evaluateAll((charts) => charts.map((c) => c.getAttribute('aria-label')))).toEqual([
      expect.stringMatching(new RegExp(`^${PHOENIX}, `)),
      expect.stringMatching(new RegExp(`^${ROVAL}, `)),
    ]);
    // Drawn in that order too: Phoenix's chart above the Roval's.
    const [top, bottom] = await Promise.all([timeline(page, PHOENIX).boundingBox(), timeline(page, ROVAL).boundingBox()]);
    expect(top!.y + top!.height).toBeLessThanOrEqual(bottom!.y);
    await expectCursorsAt(page, 120, 53);
    expect(await bothRacesSlider(page).count()).toBe(1);
    expect(await lapSlider(page).count()).toBe(0);
    expect(await page.getByRole('heading', { level: 2, name: 'Phoenix 2023 and Charlotte Roval 2025, side by side' }).count()).toBe(1);
    // Nothing selected yet: no marker pressed in either chart, and the details say so.
    expect(await pressed(chart(page))()).toEqual([]);
    await expect.poll(nothingSelected(page)).toBe(true);
    expect(param(page, 'at')()).toBe('80');
    expect(param(page, 'event')()).toBeNull();
    // The tab (and a bookmark, the history list) is titled as the pair, not as one of them.
    await expect.poll(() => page.title()).toBe('Phoenix 2023 and Charlotte Roval 2025, side by side – Lapline');
  });
});

describe('scrubbing both races with one slider', () => {
  test('the keyboard moves both cursors to the laps the slider speaks, and the address follows without new history entries', async () => {
    const page = await openApp(`${PAIR}&at=80`);
    await expectCursorsAt(page, 120, 53);
    const historyLength = await page.evaluate(() => history.length);
    await bothRacesSlider(page).focus();

    // Each key, and where both races must be after it: the next lap end of either race, in order.
    const steps: [string, number, number][] = [
      ['ArrowRight', 120, 54], // the Roval's lap 54 ends at 80.6%, before Phoenix's 121 (80.67%)
      ['ArrowRight', 121, 54],
      ['ArrowLeft', 120, 54],
      ['ArrowLeft', 120, 53],
    ];
    for (const [key, phoenix, roval] of steps) {
      await bothRacesSlider(page).press(key);
      await expectCursorsAt(page, phoenix, roval);
      const { at } = await where(page);
      await expect.poll(param(page, 'at'), { message: `at= after ${key}` }).toBe(atOf(at));
    }

    // PageUp moves ten steps on: both races further on, neither backwards.
    const before = await where(page);
    await bothRacesSlider(page).press('PageUp');
    await expect.poll(async () => (await where(page)).at).not.toBe(before.at);
    const paged = await where(page);
    expect(paged.phoenix + paged.roval - before.phoenix - before.roval).toBe(10);
    expect(paged.phoenix).toBeGreaterThanOrEqual(before.phoenix);
    expect(paged.roval).toBeGreaterThanOrEqual(before.roval);
    await expectCursorsAt(page, paged.phoenix, paged.roval);
    await expect.poll(param(page, 'at')).toBe(atOf(paged.at));

    // End: both at their last lap; the page opens there anyway, so the address has no at=.
    await bothRacesSlider(page).press('End');
    await expectCursorsAt(page, 179, 70);
    await expect.poll(param(page, 'at')).toBeNull();
    expect((await where(page)).at).toBe('cursor at 119.33% of the scheduled distance');

    // Home: both at lap 1, at the first lap end on the axis (Phoenix's lap 1, 1/150 of its distance).
    await bothRacesSlider(page).press('Home');
    await expectCursorsAt(page, 1, 1);
    await expect.poll(param(page, 'at')).toBe('0.67');

    // Scrubbing replaced the history entry every time: Back would leave the comparison's opening state, not walk the laps.
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    // The slider kept the focus throughout.
    expect(await bothRacesSlider(page).evaluate((el) => el === document.activeElement)).toBe(true);
  });
});

describe('selecting incidents in the comparison', () => {
  test('the 2023 spin, chosen where the races meet, shows the 2025 crew chief on it and is the one marker pressed', async () => {
    const page = await openApp(`${PAIR}&at=10`);
    const buttons = meet(page).getByRole('button', { name: /^Lap 120: Hocevar spins Heim/ });
    await expect.poll(() => buttons.count()).toBeGreaterThan(0);
    await buttons.first().click();

    await expect.poll(detailsTitle(page)).toBe('Hocevar spins Heim');
    const quotes = await incidentDetails(page).getByRole('blockquote').allInnerTexts();
    expect(quotes.some((q) => q.includes('Carson Hocevar would have never wrecked us'))).toBe(true);
    // The cursor went to the spin: Phoenix at lap 120, in the slider and on its chart.
    await expect.poll(async () => (await where(page)).phoenix).toBe(120);
    await expect.poll(cursorLabels(page)).toEqual(['120', String((await where(page)).roval)]);
    // Exactly one marker pressed, Phoenix's spin; none on the Roval's chart.
    await expect.poll(pressed(timeline(page, PHOENIX))).toEqual([expect.stringMatching(/^Lap 120: Hocevar spins Heim/)]);
    expect(await pressed(timeline(page, ROVAL))()).toEqual([]);
    expect(param(page, 'event')()).toBe('hocevar-spins-heim');
    // The first race's incident: the address needs no race=, and names the pair.
    expect(param(page, 'race')()).toBeNull();
    expect(param(page, 'compare')()).toBe('phoenix-2023,roval-2025');
    await expect.poll(() => page.title()).toMatch(/^Hocevar spins Heim, lap 120 of Phoenix 2023 – Phoenix 2023 and Charlotte Roval 2025, side by side – /);
  });

  test("the Phoenix spin's marker takes a click at its centre and selects it, with the 2025 quote about it", async () => {
    const page = await openApp(`${PAIR}&at=10`);
    const marker = timeline(page, PHOENIX).getByRole('button', { name: /^Lap 120: Hocevar spins Heim/ });
    expect(await marker.getAttribute('aria-pressed')).toBe('false');
    await clickWhereDrawn(marker);
    await expect.poll(() => marker.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(detailsTitle(page)).toBe('Hocevar spins Heim');
    await expect.poll(() => incidentDetails(page).getByRole('blockquote').filter({ hasText: 'Carson Hocevar would have never wrecked us' }).count()).toBe(1);
    await expect.poll(param(page, 'event')).toBe('hocevar-spins-heim');
    await expectCursorsAt(page, 120, (await where(page)).roval);
    expect(await pressed(timeline(page, ROVAL))()).toEqual([]);
  });

  test('a Roval incident, clicked on the Roval timeline, is selected there and named as that race', async () => {
    const page = await openApp(`${PAIR}&at=10`);
    const marker = timeline(page, ROVAL).getByRole('button', { name: /^Lap 25: Garcia spins/ });
    await clickWhereDrawn(marker);
    await expect.poll(() => marker.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(detailsTitle(page)).toMatch(/^Garcia spins/);
    expect(await page.getByText(/^Incident details from/).innerText()).toBe('Incident details from 2025 EcoSave 250');
    await expect.poll(param(page, 'event')).toBe('garcia-spin-lap-25');
    expect(param(page, 'race')()).toBe('roval-2025');
    // The cursor went to the end of the Roval's lap 25; Phoenix is wherever that falls.
    await expect.poll(async () => (await where(page)).roval).toBe(25);
    await expectCursorsAt(page, (await where(page)).phoenix, 25);
    expect(await pressed(timeline(page, PHOENIX))()).toEqual([]);
    expect(await pressed(timeline(page, ROVAL))()).toEqual([expect.stringMatching(/^Lap 25: Garcia spins/)]);
  });

  test('every mark on both timelines takes a click at its centre', async () => {
    const page = await openApp(`${PAIR}&at=50`, { width: 1280, height: 900 });
    await bothRacesSlider(page).waitFor();
    const { checked, misses } = await marksMissingClicks(chart(page), { scroll: true });
    expect(misses).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });
});

describe('history', () => {
  test('Back and Forward walk from one race into the comparison and through its selections', async () => {
    const page = await openApp('?race=phoenix-2023&lap=100');
    await expect.poll(() => lapSlider(page).inputValue()).toBe('100');
    await page.getByRole('link', { name: 'compare with Charlotte Roval 2025' }).click();

    // 1. The comparison, at Phoenix's lap 100, nothing selected.
    const inCompare = async () => {
      await expect.poll(() => bothRacesSlider(page).count()).toBe(1);
      expect(await lapSlider(page).count()).toBe(0);
      expect(await chart(page).count()).toBe(2);
      await expect.poll(async () => (await where(page)).phoenix).toBe(100);
    };
    await inCompare();
    await expect.poll(param(page, 'event')).toBeNull();

    // 2. The 2023 spin, from its marker.
    await clickWhereDrawn(timeline(page, PHOENIX).getByRole('button', { name: /^Lap 120: Hocevar spins Heim/ }));
    await expect.poll(param(page, 'event')).toBe('hocevar-spins-heim');
    // 3. The Roval's lap-25 spin, from its marker.
    await clickWhereDrawn(timeline(page, ROVAL).getByRole('button', { name: /^Lap 25: Garcia spins/ }));
    await expect.poll(param(page, 'event')).toBe('garcia-spin-lap-25');

    const spinSelected = async () => {
      await expect.poll(param(page, 'event')).toBe('hocevar-spins-heim');
      await expect.poll(detailsTitle(page)).toBe('Hocevar spins Heim');
      await expect.poll(pressed(timeline(page, PHOENIX))).toEqual([expect.stringMatching(/^Lap 120: /)]);
      expect(await pressed(timeline(page, ROVAL))()).toEqual([]);
      await expectCursorsAt(page, 120, (await where(page)).roval);
    };
    const garciaSelected = async () => {
      await expect.poll(param(page, 'event')).toBe('garcia-spin-lap-25');
      await expect.poll(detailsTitle(page)).toMatch(/^Garcia spins/);
      await expect.poll(pressed(timeline(page, ROVAL))).toEqual([expect.stringMatching(/^Lap 25: /)]);
      expect(await pressed(timeline(page, PHOENIX))()).toEqual([]);
      await expectCursorsAt(page, (await where(page)).phoenix, 25);
    };
    const comparingNothingSelected = async () => {
      await inCompare();
      await expect.poll(param(page, 'event')).toBeNull();
      await expect.poll(nothingSelected(page)).toBe(true);
      expect(await pressed(chart(page))()).toEqual([]);
    };
    const oneRace = async () => {
      await expect.poll(() => lapSlider(page).count()).toBe(1);
      expect(await bothRacesSlider(page).count()).toBe(0);
      expect(await chart(page).count()).toBe(1);
      await expect.poll(() => lapSlider(page).inputValue()).toBe('100');
      expect(param(page, 'compare')()).toBeNull();
      expect(new URL(page.url()).pathname).not.toMatch(/compare/);
      expect(param(page, 'event')()).toBeNull();
    };

    // Back walks out the way the reader came in, Forward walks in again.
    await garciaSelected();
    for (const state of [spinSelected, comparingNothingSelected, oneRace]) {
      await page.goBack();
      await state();
    }
    for (const state of [comparingNothingSelected, spinSelected, garciaSelected]) {
      await page.goForward();
      await state();
    }
  });
});

describe('in and out of the comparison', () => {
  test('from the Roval with an incident selected, "compare with Phoenix 2023" keeps the incident and its lap; Back returns to it', async () => {
    const page = await openApp('?race=roval-2025&event=garcia-spin-lap-25');
    await expect.poll(detailsTitle(page)).toMatch(/^Garcia spins/);
    const link = page.getByRole('link', { name: 'compare with Phoenix 2023', exact: true });
    // The comparison links are a part of their own, in place once its code is in (just after the app's).
    await expect.poll(() => link.count()).toBe(1);
    await link.click();
    await expect.poll(() => bothRacesSlider(page).count()).toBe(1);
    await expectCursorsAt(page, (await where(page)).phoenix, 25);
    await expect.poll(pressed(timeline(page, ROVAL))).toEqual([expect.stringMatching(/^Lap 25: Garcia spins/)]);
    expect(await pressed(timeline(page, PHOENIX))()).toEqual([]);
    expect([param(page, 'compare')(), param(page, 'race')(), param(page, 'event')()]).toEqual(['phoenix-2023,roval-2025', 'roval-2025', 'garcia-spin-lap-25']);
    await page.goBack();
    await expect.poll(() => lapSlider(page).count()).toBe(1);
    expect(await bothRacesSlider(page).count()).toBe(0);
    await expect.poll(() => lapSlider(page).inputValue()).toBe('25');
    await expect.poll(detailsTitle(page)).toMatch(/^Garcia spins/);
  });

  for (const [name, race, lap] of [
    ['Phoenix 2023', 'phoenix-2023', '120'],
    ['Charlotte Roval 2025', 'roval-2025', '53'],
  ] as const) {
    test(`"Back to one race: ${name}" opens that race at the lap it was on in the comparison, where its link points`, async () => {
      const page = await openApp(`${PAIR}&at=80`);
      await expectCursorsAt(page, 120, 53);
      const link = page.getByRole('link', { name, exact: true });
      const href = await link.getAttribute('href');
      expect(new URL(href!, page.url()).pathname).toBe(`/${race}/`);
      await link.click();
      await expect.poll(() => lapSlider(page).count()).toBe(1);
      expect(await bothRacesSlider(page).count()).toBe(0);
      await expect.poll(() => lapSlider(page).inputValue()).toBe(lap);
      expect(new URL(page.url()).pathname).toBe(`/${race}/`);
      // The address the click wrote is the one the link gave.
      expect(new URL(page.url()).href).toBe(new URL(href!, page.url()).href);
      await page.goBack();
      await expect.poll(() => bothRacesSlider(page).count()).toBe(1);
      await expectCursorsAt(page, 120, 53);
    });
  }

  test('dragging on one race\'s timeline moves the shared cursor: both cursors and the slider follow', async () => {
    const page = await openApp(`${PAIR}&at=80`);
    await expectCursorsAt(page, 120, 53);
    const chart = timeline(page, ROVAL);
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    // Low on the chart, on the axis, where no mark is: the scrub surface.
    const y = box.y + box.height - 24;
    const target = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.getAttribute('class'), [box.x + box.width * 0.3, y]);
    expect(target).toMatch(/scrub-surface/);
    await page.mouse.move(box.x + box.width * 0.3, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, y, { steps: 4 });
    await page.mouse.up();
    const now = await where(page);
    expect(now.roval).not.toBe(53);
    await expectCursorsAt(page, now.phoenix, now.roval);
    await expect.poll(param(page, 'at')).toBe(atOf(now.at));
  });
});

describe('alignment', () => {
  test('"Laps to go" lines the finishes up: the value text and the address say so, and scrubbing moves both a lap at a time', async () => {
    const page = await openApp(`${PAIR}&at=80`);
    const byDistance = page.getByRole('radio', { name: 'Share of the scheduled distance' });
    const byLapsToGo = page.getByRole('radio', { name: 'Laps to go' });
    expect(await byDistance.isChecked()).toBe(true);
    expect(await byLapsToGo.isChecked()).toBe(false);
    expect(param(page, 'align')()).toBeNull();

    await byLapsToGo.check();
    // Phoenix keeps its lap; the Roval is 59 laps from its own finish too.
    await expect.poll(valueText(page)).toBe('Phoenix 2023 lap 120 of 179, Charlotte Roval 2025 lap 11 of 70; 59 laps to go');
    await expectCursorsAt(page, 120, 11);
    expect(await byDistance.isChecked()).toBe(false);
    await expect.poll(param(page, 'align')).toBe('togo');
    expect(param(page, 'at')()).toBe('59');

    // Lined up by laps to go, every step is a lap of both.
    await bothRacesSlider(page).focus();
    await bothRacesSlider(page).press('ArrowRight');
    await expect.poll(valueText(page)).toBe('Phoenix 2023 lap 121 of 179, Charlotte Roval 2025 lap 12 of 70; 58 laps to go');
    await expectCursorsAt(page, 121, 12);
    await expect.poll(param(page, 'at')).toBe('58');
    expect(param(page, 'align')()).toBe('togo');

    // The same link, opened afresh, is the same view.
    const reopened = await openApp(`${PAIR}&align=togo&at=58`);
    await expect.poll(valueText(reopened)).toBe('Phoenix 2023 lap 121 of 179, Charlotte Roval 2025 lap 12 of 70; 58 laps to go');
    expect(await reopened.getByRole('radio', { name: 'Laps to go' }).isChecked()).toBe(true);
  });
});

describe('at phone width (390 px)', () => {
  test('nothing scrolls sideways, both timelines fit the width, and the slider is in reach and works', async () => {
    const page = await openApp(`${PAIR}&at=80`, { width: 390, height: 844 });
    await expect.poll(() => chart(page).count()).toBe(2);
    const overflow = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      bodyScroll: document.body.scrollWidth,
    }));
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
    expect(overflow.bodyScroll).toBeLessThanOrEqual(overflow.client);
    for (const one of await chart(page).all()) {
      const box = (await one.boundingBox())!;
      expect(box.width).toBeGreaterThan(200);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    // Each chart's cursor layer fits too.
    const layers = await chart(page).evaluateAll((charts) => charts.map((c) => c.parentElement!.querySelector('svg.timeline-cursor')!.getBoundingClientRect().right));
    for (const right of layers) expect(right).toBeLessThanOrEqual(390);

    await bothRacesSlider(page).scrollIntoViewIfNeeded();
    const box = (await bothRacesSlider(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    // A tap on the slider's far end takes both races to the finish.
    await page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
    await expectCursorsAt(page, 179, 70);
    await bothRacesSlider(page).press('Home');
    await expectCursorsAt(page, 1, 1);
  });
});



describe('accessibility of the comparison (axe-core)', () => {
  const scenarios: { name: string; search: string; options?: OpenAppOptions }[] = [
    { name: 'desktop, nothing selected', search: `${PAIR}&at=80` },
    { name: 'desktop, the 2023 spin selected', search: `${PAIR}&event=hocevar-spins-heim` },
    { name: 'laps to go, a Roval incident selected, dark', search: `${PAIR}&align=togo&race=roval-2025&event=garcia-spin-lap-25`, options: { colorScheme: 'dark' } },
    { name: 'phone (390 px), the 2023 spin selected', search: `${PAIR}&event=hocevar-spins-heim`, options: { width: 390, height: 844 } },
  ];
  test.each(scenarios)('$name: no violations', async ({ search, options }) => {
    const page = await openApp(search, options);
    await bothRacesSlider(page).waitFor();
    await expect.poll(() => chart(page).count()).toBe(2);
    const violations = await axeViolations(page);
    expect(violations.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
