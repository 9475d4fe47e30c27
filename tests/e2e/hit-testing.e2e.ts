/**
 * A click lands on what a person sees: for every interactive mark on the timeline (incident
 * markers and their driver-lane copies, caution flags, overtime attempts), the element under
 * the pointer at the centre of what is drawn must belong to that mark. Checked with
 * document.elementFromPoint for every mark, at desktop and phone widths and in both lane modes,
 * then with real clicks where the overtime start lines used to cover markers.
 */
import { describe, expect, test } from 'vitest';
import { TIP_HIDE_DELAY_MS } from '../../src/timeline/tooltip';
import { openApp, setupBrowser } from '../support/browser.ts';
import { addressParam } from '../support/address.ts';
import { afterAppTimer } from '../support/wait.ts';
import { chart, incidentTitle, lapSlider } from '../support/locators.ts';
import { centreOf, clickWhereDrawn, marksMissingClicks } from '../support/draw.ts';
import { RACE_IDS } from '../support/site.ts';

setupBrowser();


describe('every mark takes a click at its centre', () => {
  for (const race of RACE_IDS) {
    for (const width of [1280, 390]) {
      for (const lanes of ['kind', 'driver']) {
        test(`${race} at ${width} px, lanes by ${lanes}`, async () => {
          const page = await openApp(`?race=${race}&lap=1${lanes === 'driver' ? '&lanes=driver' : ''}`, { width, height: 900 });
          await lapSlider(page).waitFor();
          const { checked, misses } = await marksMissingClicks(chart(page), { scroll: true });
          expect(checked).toBeGreaterThan(10);
          expect(misses).toEqual([]);
        });
      }
    }
  }

  test('a click at the centre of the lap 157 marker selects that incident, not overtime 2', async () => {
    const page = await openApp('?race=phoenix-2023&lap=1', { width: 1280 });
    await clickWhereDrawn(page.getByRole('button', { name: /^Lap 157: Kraus/ }));
    await expect.poll(() => addressParam(page.url(), 'event')).toBe('kraus-out');
    await expect.poll(() => incidentTitle(page).textContent()).toMatch(/Kraus/);
  });
});

describe('hover tooltips', () => {
  test('stay while the pointer is on them (WCAG 1.4.13), act for their mark when clicked where no mark is under them, and leave every mark clickable once gone', async () => {
    const page = await openApp('?race=phoenix-2023&lap=150', { width: 1280, height: 900 });
    const ot2 = page.getByRole('button', { name: /^Overtime 2:/ });
    const hit = await centreOf(ot2.locator('.item-hit'));
    await page.mouse.move(hit.x, hit.y);
    const tip = page.getByRole('tooltip');
    await tip.waitFor();
    const box = (await tip.boundingBox())!;
    // A point of the tooltip with no mark under it (a mark under it takes the pointer: tests/e2e/gestures.e2e.ts).
    const clear = await page.evaluate(({ x, y, width, height }) => {
      for (let fy = 0.2; fy <= 0.8; fy += 0.2) {
        for (let fx = 0.1; fx <= 0.9; fx += 0.1) {
          const at = document.elementFromPoint(x + width * fx, y + height * fy);
          if (at && !at.closest('[role="button"]')) return { x: x + width * fx, y: y + height * fy };
        }
      }
      return null;
    }, box);
    expect(clear).not.toBeNull();
    // Onto the tooltip (in one move, over no other mark), and rest there: it stays, and says the same.
    await page.mouse.move(clear!.x, clear!.y);
    // Past the delay after which a tooltip the pointer left would hide.
    await afterAppTimer(page, 2 * TIP_HIDE_DELAY_MS);
    expect(await tip.textContent()).toMatch(/Overtime 2/);
    // Escape dismisses it with the pointer still on it.
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.count()).toBe(0);
    // Gone, it covers nothing: every mark in view takes a click at its centre again.
    await page.mouse.move(2, 2);
    const inView = await marksMissingClicks(chart(page), { scroll: false });
    expect(inView.checked).toBeGreaterThan(0);
    expect(inView.misses).toEqual([]);
    // A click on a tooltip, where no mark is under it, does what a click on its mark does: overtime 2 selects its incident.
    await page.mouse.move(hit.x, hit.y);
    await tip.waitFor();
    await page.mouse.move(clear!.x, clear!.y);
    await page.mouse.click(clear!.x, clear!.y);
    await expect.poll(() => addressParam(page.url(), 'event')).toBe('overtime-2-smith-crash');
    // Off the tooltip, it goes after a moment.
    await page.mouse.move(2, 2);
    await expect.poll(() => tip.count(), { timeout: 15_000 }).toBe(0);
  });
});
