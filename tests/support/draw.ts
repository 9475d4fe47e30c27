/**
 * Where the chart draws what a reader aims at, and clicks there, as a person does: at the centre of
 * the drawn part of a mark (a marker's symbol, a caution's or an overtime's band), after
 * checking that what is under that point is the mark, not something drawn over it. A locator's own
 * click() aims at the middle of the element's box instead, and a mark's box is not its symbol.
 */
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/** The marks a click selects: incident markers and their driver-lane copies, caution flags, overtime attempts. */
const MARKS = 'g.marker, g.caution-flag, g.ot-attempt';
/** The part of a mark a person aims at, the first of these the mark holds: a marker's symbol, a caution's or an overtime's hit band, a caution's bar. */
const DRAWN = '.marker-dot, .caution-bar, .item-hit';

/** A point of the screen, in CSS pixels from the top left of the viewport. */
export type Point = { x: number; y: number };

/** The centre of what `locator` finds, on the screen (its bounding box). */
export async function centreOf(locator: Locator): Promise<Point> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} is not on the screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The incident markers of a chart, each with its name and the centre of its drawn symbol, left to right. */
export async function markersOn(chart: Locator): Promise<(Point & { name: string })[]> {
  const all = await chart.getByRole('button', { name: /^Lap \d+: / }).evaluateAll((marks) =>
    marks.map((m) => {
      const r = m.querySelector('.marker-dot')!.getBoundingClientRect();
      return { name: m.getAttribute('aria-label')!, x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }),
  );
  return all.sort((a, b) => a.x - b.x);
}

/** Clicks a mark where a reader sees it: scrolled into view, at the centre of its drawn part, once the element there is the mark (or inside it). */
export async function clickWhereDrawn(mark: Locator): Promise<void> {
  await mark.scrollIntoViewIfNeeded();
  const hit = await mark.evaluate((el, drawn) => {
    const box = (el.querySelector(drawn) ?? el).getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const at = document.elementFromPoint(x, y);
    const what = at ? `${at.tagName.toLowerCase()}.${at.getAttribute('class') ?? ''}` : 'nothing';
    return { x, y, ours: at !== null && el.contains(at), what };
  }, DRAWN);
  expect(hit.ours, `the element at the centre of the mark is ${hit.what}`).toBe(true);
  await mark.page().mouse.click(hit.x, hit.y);
}

/** A mark whose drawn centre is not its own: its name, and what is at that point instead. */
export type Miss = { mark: string; hit: string };

/**
 * Every mark of these charts whose drawn centre would not take a click: what
 * document.elementFromPoint finds there is not in the mark. With `scroll`, each mark is scrolled to
 * the middle of the window first, so every mark is checked; without, the page stays as it is and
 * only the marks wholly in view are checked. `checked` counts the marks looked at.
 */
export async function marksMissingClicks(charts: Locator, { scroll }: { scroll: boolean }): Promise<{ checked: number; misses: Miss[] }> {
  return charts.evaluateAll(
    (all, { marks, drawn, scroll }) => {
      const describe = (el: Element | null) =>
        !el ? 'nothing' : `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}${el.closest('[aria-label]') ? ` in "${el.closest('[aria-label]')!.getAttribute('aria-label')}"` : ''}`;
      let checked = 0;
      const misses: { mark: string; hit: string }[] = [];
      for (const mark of all.flatMap((chart) => [...chart.querySelectorAll(marks)])) {
        const part = mark.querySelector(drawn) ?? mark;
        if (scroll) part.scrollIntoView({ block: 'center' });
        const box = part.getBoundingClientRect();
        if (!scroll && (box.top < 0 || box.bottom > window.innerHeight)) continue;
        checked++;
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        if (!hit || !mark.contains(hit)) misses.push({ mark: mark.getAttribute('aria-label') ?? `${mark.getAttribute('class')} (driver-lane copy)`, hit: describe(hit) });
      }
      return { checked, misses };
    },
    { marks: MARKS, drawn: DRAWN, scroll },
  );
}
