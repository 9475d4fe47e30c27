/**
 * Keyboard focus is clearly visible (a ring of at least 3:1 against what it is drawn on) on the
 * masthead links and on the selected incident, in both themes, and Tab goes through the columns
 * in the order they are drawn.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openApp, setupBrowser } from '../support/browser.ts';
import { incidentDetails, incidentsList, racesNav } from '../support/locators.ts';

setupBrowser();

/** The focus ring's colour, style and width, and the colour behind it (the nearest opaque background outside the element). */
async function ringOf(locator: Locator) {
  return locator.evaluate((el) => {
    const style = getComputedStyle(el);
    const opaque = (node: Element | null): string => {
      for (let n = node; n; n = n.parentElement) {
        const bg = getComputedStyle(n).backgroundColor;
        if (!/rgba\(.*, 0\)$/.test(bg) && bg !== 'transparent') return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    // A ring drawn inside the element sits on the element's own background; outside, on its parent's.
    const inside = parseFloat(style.outlineOffset) < 0;
    return { color: style.outlineColor, style: style.outlineStyle, width: parseFloat(style.outlineWidth), behind: opaque(inside ? el : el.parentElement) };
  });
}

/** WCAG contrast ratio of two rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (rgb: string) => {
    const [r, g, bl] = rgb.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('visible focus', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`masthead links and the selected incident, ${colorScheme}`, async () => {
      const page = await openApp('?race=phoenix-2023&event=hocevar-spins-heim', { colorScheme });
      // Keyboard focus (Tab) so :focus-visible applies, as for a keyboard reader.
      await page.keyboard.press('Tab');
      const raceLink = racesNav(page).getByRole('link').first();
      while (!(await raceLink.evaluate((el) => el === document.activeElement))) await page.keyboard.press('Tab');
      const link = await ringOf(raceLink);
      expect(link.style).toBe('solid');
      expect(link.width).toBeGreaterThanOrEqual(2);
      expect(contrast(link.color, link.behind), `masthead ring ${link.color} on ${link.behind}`).toBeGreaterThanOrEqual(3);

      const selected = incidentsList(page).getByRole('link', { name: /^Lap 120: Hocevar spins Heim/ });
      await selected.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      expect(await selected.evaluate((el) => el === document.activeElement && el.matches(':focus-visible'))).toBe(true);
      const ring = await ringOf(selected);
      expect(ring.style).toBe('solid');
      expect(contrast(ring.color, ring.behind), `incident ring ${ring.color} on ${ring.behind}`).toBeGreaterThanOrEqual(3);
    });
  }
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
