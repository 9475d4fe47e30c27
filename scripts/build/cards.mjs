// @ts-check
// Link-preview cards: one 1200 × 630 PNG per moment (each race, each incident in it, and each driver
// in an incident, followed), drawn in Node without a browser from the app's own Timeline component,
// for og:image.
//
//   npm run cards [-- outDir]      (default bench-results/cards)
//
// Writes <outDir>/<race-id>.png, <outDir>/<race-id>/<event-id>.png and
// <outDir>/<race-id>/follow/<driver-id>.png. The app's modules are
// TypeScript, so they are loaded through the scripts' loader (scripts/lib/load.mjs, Vite); the
// PNGs come from resvg compiled to WebAssembly with the fonts in scripts/build/cards/fonts.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { svgToPng } from './cards/raster.mjs';
import { FONT_FILES, loadFont } from './cards/text.mjs';
import { openApp } from '../lib/load.mjs';
import { ROOT } from '../lib/root.mjs';
/** @import { CardFont } from './cards/text.mjs' */

/**
 * A moment that gets a card: a page the build writes (src/data/pages.ts), a race's (`eventId` and
 * `follow` null), an incident's, the race followed by one driver (`follow`), two races compared
 * (`compare`), or one of those without spoilers (`noSpoilers`).
 * @typedef {import('../../src/data/pages.ts').PageId} Moment
 */
/** One card as drawn (scripts/build/cards/card.mjs). @typedef {import('./cards/card.mjs').DrawnCard} DrawnCard */
/** A drawn card with the PNG made from its SVG. @typedef {DrawnCard & { png: Uint8Array }} RenderedCard */
/**
 * @typedef {object} CardRenderer
 * @property {Moment[]} moments Every page's moment (src/data/pages.ts): each race, its incidents in
 *   the race file's order (by lap), its drivers, its page without spoilers; then the comparisons.
 * @property {(moment: Moment) => string} fileOf Where a moment's card goes under the cards' folder,
 *   beside its page's path (src/data/pages.ts): "phoenix-2023/hocevar-spins-heim.png".
 * @property {(moment: Moment) => DrawnCard} draw The card's SVG only (no PNG): fast.
 * @property {(moment: Moment) => Promise<RenderedCard>} render The card with its PNG.
 * @property {() => Promise<void>} close Stops the loader the app's modules were loaded through.
 */

export const DEFAULT_OUT_DIR = resolve(ROOT, 'bench-results/cards');

/** @type {{ regular: CardFont; bold: CardFont } | undefined} */
let fonts;
/** The cards' two faces, read once. */
function cardFonts() {
  fonts ??= { regular: loadFont(FONT_FILES.regular), bold: loadFont(FONT_FILES.bold) };
  return fonts;
}


/**
 * Opens a renderer over the bundled dataset: `{ moments, draw(moment), render(moment), close() }`.
 * `draw` gives `{ svg, title, quote, scale }` for `{ raceId, eventId }` (eventId null for the
 * race's card), `render` the same with `png`; `close` stops the loader the app's modules
 * were loaded through.
 * @returns {Promise<CardRenderer>}
 */
export async function openCardRenderer() {
  const app = await openApp({ logLevel: 'warn' });
  try {
    /** @type {typeof import('./cards/card.mjs')} */
    const card = await app.load('/scripts/build/cards/card.mjs');
    const faces = cardFonts();
    /** @param {Moment} moment */
    const draw = (moment) => card.cardSvg(moment, { fonts: faces });
    return {
      moments: card.momentsOf(),
      fileOf: (moment) => card.cardFileOf(moment),
      draw,
      /** @param {Moment} moment */
      async render(moment) {
        const drawn = draw(moment);
        return { ...drawn, png: await svgToPng(drawn.svg, [faces.regular, faces.bold]) };
      },
      close: () => app.close(),
    };
  } catch (error) {
    await app.close();
    throw error;
  }
}

/**
 * The SVG text of one moment's card (opens and closes a renderer: for a few cards, not all).
 * @param {Moment} moment
 * @returns {Promise<string>}
 */
export async function cardSvg(moment) {
  const renderer = await openCardRenderer();
  try {
    return (await renderer.render(moment)).svg;
  } finally {
    await renderer.close();
  }
}

/**
 * Writes the card of every race, incident and followed driver (or only of `moments`) under `outDir`
 * and returns the files written (absolute paths): each race's card, then its incidents' in the race
 * file's order (by lap), then its followed drivers' in the race file's order.
 * @param {{ outDir?: string; moments?: Moment[] }} [options]
 * @returns {Promise<string[]>}
 */
export async function renderCards({ outDir = DEFAULT_OUT_DIR, moments } = {}) {
  const renderer = await openCardRenderer();
  try {
    /** @type {string[]} */
    const files = [];
    for (const moment of moments ?? renderer.moments) {
      const { png } = await renderer.render(moment);
      const file = resolve(outDir, renderer.fileOf(moment));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, png);
      files.push(file);
    }
    return files;
  } finally {
    await renderer.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const outDir = resolve(process.argv[2] ?? DEFAULT_OUT_DIR);
  const started = performance.now();
  const files = await renderCards({ outDir });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${files.length} cards in ${seconds} s → ${relative(process.cwd(), outDir) || '.'}`);
}
