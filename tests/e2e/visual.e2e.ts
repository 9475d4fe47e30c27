/**
 * Visual checks: the summary and the timeline of both races at 1280 and 390 px, light and dark,
 * compared with the committed baselines in tests/e2e/baselines/. The comparison runs in the
 * browser itself (no image library): both PNGs are drawn to canvases and their pixels compared.
 *
 * A pixel differs when any channel differs by more than CHANNEL_THRESHOLD; a check fails when more
 * than MAX_DIFF_RATIO of the pixels differ, or when the sizes differ. On failure the new picture and
 * a diff (differing pixels in magenta) are written to tests/e2e/__output__/ for a human to look at.
 *
 * A missing baseline fails the test, unless UPDATE_BASELINES=1, which (re)writes every baseline
 * from this run: `UPDATE_BASELINES=1 npm run test:e2e`. Look at each new baseline before committing it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openApp, OUTPUT_DIR, setupBrowser } from '../support/browser.ts';
import { chart, timelineRegion } from '../support/locators.ts';

setupBrowser();

const BASELINE_DIR = resolve(import.meta.dirname, 'baselines');
const UPDATE = process.env.UPDATE_BASELINES === '1';
/** Per-channel difference (0–255) above which a pixel counts as different: ignores anti-aliasing noise. */
const CHANNEL_THRESHOLD = 48;
/** At most 1% of the pixels may differ. */
const MAX_DIFF_RATIO = 0.01;

/** What each race shows: a lap in the thick of it, so the cursor, cautions and overtimes are all in view. */
const cases = [
  { race: 'phoenix-2023', name: '2023 Craftsman 150', search: '?race=phoenix-2023&lap=120&event=hocevar-spins-heim' },
  { race: 'roval-2025', name: '2025 EcoSave 250', search: '?race=roval-2025&lap=40' },
] as const;
const widths = [1280, 390] as const;
const schemes = ['light', 'dark'] as const;

/** A PNG of the summary and the timeline card, nothing else (the rest of the page is not the timeline's). */
async function captureSummaryAndTimeline(page: Page, raceName: string): Promise<Buffer> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // No hover or focus left over from loading.
  await page.mouse.move(0, 0);
  const summary = await page.getByRole('region', { name: raceName, exact: true }).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
  const timeline = await timelineRegion(page).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
  const scrollY = await page.evaluate(() => window.scrollY);
  const top = Math.floor(Math.min(summary.top, timeline.top) + scrollY);
  const bottom = Math.ceil(Math.max(summary.bottom, timeline.bottom) + scrollY);
  const left = Math.floor(Math.min(summary.left, timeline.left));
  const right = Math.ceil(Math.max(summary.right, timeline.right));
  return page.screenshot({ clip: { x: left, y: top, width: right - left, height: bottom - top }, fullPage: true, animations: 'disabled', caret: 'hide' });
}

type Comparison = { width: number; height: number; differing: number; sameSize: boolean; diffPng: string };

/** Compares two PNGs pixel by pixel in a blank page of the same browser; returns the count and a diff image. */
async function comparePngs(page: Page, actual: Buffer, baseline: Buffer): Promise<Comparison> {
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(
      async ({ a, b, threshold }) => {
        const load = async (src: string) => {
          const image = new Image();
          image.src = src;
          await image.decode();
          return image;
        };
        const [ia, ib] = await Promise.all([load(a), load(b)]);
        const width = Math.max(ia.naturalWidth, ib.naturalWidth);
        const height = Math.max(ia.naturalHeight, ib.naturalHeight);
        const pixels = (image: HTMLImageElement) => {
          const canvas = document.createElement('canvas');
          canvas.width = width;
          canvas.height = height;
          const context = canvas.getContext('2d')!;
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, width, height).data;
        };
        const pa = pixels(ia);
        const pb = pixels(ib);
        const diff = document.createElement('canvas');
        diff.width = width;
        diff.height = height;
        const dc = diff.getContext('2d')!;
        const out = dc.createImageData(width, height);
        let differing = 0;
        for (let i = 0; i < pa.length; i += 4) {
          const d = Math.max(Math.abs(pa[i]! - pb[i]!), Math.abs(pa[i + 1]! - pb[i + 1]!), Math.abs(pa[i + 2]! - pb[i + 2]!), Math.abs(pa[i + 3]! - pb[i + 3]!));
          if (d > threshold) {
            differing++;
            out.data.set([255, 0, 255, 255], i);
          } else {
            // The baseline, faded, for orientation.
            const grey = (pb[i]! + pb[i + 1]! + pb[i + 2]!) / 3;
            out.data.set([grey, grey, grey, 60], i);
          }
        }
        dc.putImageData(out, 0, 0);
        const sameSize = ia.naturalWidth === ib.naturalWidth && ia.naturalHeight === ib.naturalHeight;
        return { width, height, differing, sameSize, diffPng: diff.toDataURL('image/png') };
      },
      { a: `data:image/png;base64,${actual.toString('base64')}`, b: `data:image/png;base64,${baseline.toString('base64')}`, threshold: CHANNEL_THRESHOLD },
    );
  } finally {
    await blank.close();
  }
}

describe('visual baselines', () => {
  for (const { race, name: raceName, search } of cases)
    for (const width of widths)
      for (const scheme of schemes) {
        const name = `${race}-${width}-${scheme}`;
        test(name, async () => {
          const page = await openApp(search, { width, height: 1000, colorScheme: scheme });
          await expect.poll(() => chart(page).count()).toBe(1);
          const actual = await captureSummaryAndTimeline(page, raceName);
          const baselinePath = resolve(BASELINE_DIR, `${name}.png`);
          if (UPDATE) {
            mkdirSync(BASELINE_DIR, { recursive: true });
            writeFileSync(baselinePath, actual);
            return;
          }
          if (!existsSync(baselinePath)) {
            throw new Error(`No baseline ${baselinePath}. Create the baselines with \`UPDATE_BASELINES=1 npm run test:e2e\`, look at them, and commit them.`);
          }
          const result = await comparePngs(page, actual, readFileSync(baselinePath));
          const ratio = result.differing / (result.width * result.height);
          if (!result.sameSize || ratio > MAX_DIFF_RATIO) {
            mkdirSync(OUTPUT_DIR, { recursive: true });
            writeFileSync(resolve(OUTPUT_DIR, `${name}.actual.png`), actual);
            writeFileSync(resolve(OUTPUT_DIR, `${name}.diff.png`), Buffer.from(result.diffPng.split(',')[1]!, 'base64'));
          }
          expect(result.sameSize, `${name}: the picture changed size (see tests/e2e/__output__/${name}.actual.png)`).toBe(true);
          expect(ratio, `${name}: ${(ratio * 100).toFixed(2)}% of pixels differ (see tests/e2e/__output__/${name}.diff.png)`).toBeLessThanOrEqual(MAX_DIFF_RATIO);
        });
      }
});
