// @ts-check
// SVG → PNG with resvg compiled to WebAssembly: no native binding, no browser, the same on every
// platform `npm ci` runs on. resvg-wasm sees no system fonts, so the cards' fonts are loaded from
// the repository (fonts/, DejaVu Sans) and are the only fonts it can draw with.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { FONT_FAMILY } from './text.mjs';

/** @type {Promise<void> | undefined} */
let ready;

/** Compiles the WebAssembly module once per process (initWasm throws when called twice). */
function init() {
  ready ??= initWasm(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));
  return ready;
}

/**
 * Renders SVG text to PNG bytes at its own size, with only `fonts` (loadFont results) to draw text with.
 * @param {string} svg
 * @param {import('./text.mjs').CardFont[]} fonts
 * @returns {Promise<Uint8Array>}
 */
export async function svgToPng(svg, fonts) {
  await init();
  const resvg = new Resvg(svg, {
    font: { fontBuffers: fonts.map((f) => f.bytes), defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    textRendering: 1,
    shapeRendering: 2,
  });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
