// @ts-check
// Text for the link-preview cards: the fonts' own metrics (read from the TTF files, so wrapping is
// measured, not guessed), greedy word wrapping to a number of lines, and XML escaping. Plain Node:
// no DOM, no canvas. The renderer (resvg) shapes with kerning, which only ever narrows a line of
// these fonts slightly, so a line measured here never comes out wider than measured.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FONT_DIR = resolve(import.meta.dirname, 'fonts');

/** The two faces the cards use, as file names under fonts/ (DejaVu Sans, see fonts/LICENSE). */
export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' };
/** The family name both files declare, for font-family in the SVG. */
export const FONT_FAMILY = 'DejaVu Sans';

/**
 * A font file with what text layout needs (loadFont).
 * @typedef {object} CardFont
 * @property {string} file
 * @property {number} weight The face's weight (usWeightClass), for font-weight in the SVG: 400 regular, 700 bold.
 * @property {Uint8Array} bytes The file, for resvg.
 * @property {(text: string) => boolean} covers True when every character of `text` has a glyph (spaces and line breaks aside).
 * @property {(text: string, size: number) => number} measure Width of `text` in px at `size` px.
 */
/** @typedef {{ font: CardFont; size: number; width: number; maxLines?: number; ellipsis?: boolean }} WrapOptions */
/** Lines of text, and whether the whole text fits in them. @typedef {{ lines: string[]; complete: boolean }} Wrapped */
/** A size text may be set at: at most `maxLines` lines of `size` px, `lineHeight` apart. @typedef {{ size: number; lineHeight: number; maxLines: number }} SizeOption */

/** Table offsets of a TrueType/OpenType file, by tag. @param {DataView} view */
function tables(view) {
  const count = view.getUint16(4);
  const out = new Map();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
    out.set(tag, view.getUint32(at + 8));
  }
  return out;
}

/**
 * The character → glyph map of a font's Unicode cmap subtable (format 12 when present, else 4).
 * @param {DataView} view
 * @param {number} cmapAt
 * @returns {Map<number, number>}
 */
function characterMap(view, cmapAt) {
  const count = view.getUint16(cmapAt + 2);
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < count; i++) {
    const at = cmapAt + 4 + i * 8;
    const platform = view.getUint16(at);
    const encoding = view.getUint16(at + 2);
    const sub = cmapAt + view.getUint32(at + 4);
    const format = view.getUint16(sub);
    if (format === 12 && (platform === 0 || (platform === 3 && encoding === 10))) format12 = sub;
    if (format === 4 && (platform === 0 || (platform === 3 && encoding === 1))) format4 = sub;
  }
  const map = new Map();
  if (format12 >= 0) {
    const groups = view.getUint32(format12 + 12);
    for (let g = 0; g < groups; g++) {
      const at = format12 + 16 + g * 12;
      const start = view.getUint32(at);
      const end = view.getUint32(at + 4);
      const glyph = view.getUint32(at + 8);
      for (let c = start; c <= end; c++) map.set(c, glyph + (c - start));
    }
    return map;
  }
  if (format4 < 0) throw new Error('the font has no Unicode character map');
  const segments = view.getUint16(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = view.getUint16(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(c, glyph);
    }
  }
  return map;
}

/**
 * A font file with what text layout needs: its bytes (for resvg), whether it has a glyph for a
 * character, and the advance width of a string at a size.
 * @param {string} file A file name under fonts/.
 * @returns {CardFont}
 */
export function loadFont(file) {
  const bytes = readFileSync(resolve(FONT_DIR, file));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = tables(view);
  for (const tag of ['head', 'hhea', 'hmtx', 'cmap', 'OS/2']) if (!at.has(tag)) throw new Error(`${file} has no ${tag} table`);
  /** The offset of a table checked above. @param {string} tag */
  const table = (tag) => /** @type {number} */ (at.get(tag));
  const unitsPerEm = view.getUint16(table('head') + 18);
  const metrics = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const cmap = characterMap(view, table('cmap'));
  /** @param {number} glyph */
  const advanceOfGlyph = (glyph) => view.getUint16(hmtx + Math.min(glyph, metrics - 1) * 4);
  /** @type {Map<number, number>} */
  const widths = new Map();
  /** @param {number} codePoint */
  const advance = (codePoint) => {
    let width = widths.get(codePoint);
    if (width === undefined) {
      // A missing glyph is drawn as the .notdef box (glyph 0): measure it as that.
      width = advanceOfGlyph(cmap.get(codePoint) ?? 0) / unitsPerEm;
      widths.set(codePoint, width);
    }
    return width;
  };
  return {
    file,
    /** The face's weight (usWeightClass), for font-weight in the SVG: 400 regular, 700 bold. */
    weight: view.getUint16(table('OS/2') + 4),
    bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    /** True when every character of `text` has a glyph (spaces and line breaks aside). */
    covers: (text) => [...text].every((ch) => /\s/.test(ch) || cmap.has(/** @type {number} */ (ch.codePointAt(0)))),
    /** Width of `text` in px at `size` px. */
    measure: (text, size) => {
      let width = 0;
      for (const ch of text) width += advance(/** @type {number} */ (ch.codePointAt(0)));
      return width * size;
    },
  };
}

/** @type {Record<string, string>} */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for an XML attribute value (or anywhere). @param {string} text @returns {string} */
export function escapeXml(text) {
  return String(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

/** Escapes text for XML character data: quotation marks and apostrophes stay as they are. @param {string} text @returns {string} */
export function escapeText(text) {
  return String(text).replace(/[&<>]/g, (ch) => ENTITIES[ch]);
}

const ELLIPSIS = '…';

/**
 * Splits a word wider than `width` into pieces that fit (a long URL or hashtag; rare).
 * @param {string} word
 * @param {(text: string) => boolean} fits
 */
function breakWord(word, fits) {
  /** @type {string[]} */
  const pieces = [];
  let piece = '';
  for (const ch of word) {
    if (piece && !fits(piece + ch)) {
      pieces.push(piece);
      piece = ch;
    } else piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Greedy word wrap of `text` in `font` at `size` px into lines no wider than `width`.
 * Returns `{ lines, complete }`: at most `maxLines` lines; `complete` is false when the text did
 * not fit, in which case the last line ends with an ellipsis (only when `ellipsis` is true; a
 * quote is never cut: its caller asks with `ellipsis: false` and picks another when it does not fit).
 * @param {string} text
 * @param {WrapOptions} options
 * @returns {Wrapped}
 */
export function wrap(text, { font, size, width, maxLines = Infinity, ellipsis = true }) {
  /** @param {string} line */
  const fits = (line) => font.measure(line, size) <= width;
  const words = text.split(/\s+/).filter(Boolean).flatMap((w) => (fits(w) ? [w] : breakWord(w, fits)));
  /** @type {string[]} */
  const lines = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (fits(next)) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return { lines, complete: true };
  const kept = lines.slice(0, maxLines);
  if (ellipsis) {
    let last = kept[maxLines - 1];
    while (last && !fits(`${last}${ELLIPSIS}`)) last = [...last].slice(0, -1).join('');
    // Cut at a word boundary where the line has one (mid-word only for a single long word), and
    // never leave a space or punctuation before the ellipsis.
    const space = last.lastIndexOf(' ');
    if (space > 0) last = last.slice(0, space);
    kept[maxLines - 1] = `${last.replace(/[\s,;:.–—-]+$/u, '')}${ELLIPSIS}`;
  }
  return { lines: kept, complete: false };
}

/**
 * The same lines as wrap() gives, evened out: the narrowest width that still needs no more lines,
 * so a title of two lines does not leave one word alone on the second.
 * @param {string} text
 * @param {WrapOptions} options
 * @returns {Wrapped}
 */
export function wrapBalanced(text, options) {
  const first = wrap(text, options);
  if (first.lines.length < 2 || !first.complete) return first;
  let low = 0;
  let high = options.width;
  while (high - low > 1) {
    const mid = (low + high) / 2;
    const attempt = wrap(text, { ...options, width: mid });
    if (attempt.complete && attempt.lines.length === first.lines.length && attempt.lines.every((l) => options.font.measure(l, options.size) <= mid)) high = mid;
    else low = mid;
  }
  return wrap(text, { ...options, width: high });
}

/**
 * Text at the first of `sizes` (`{ size, lineHeight, maxLines }`, largest first) it fits at whole,
 * balanced; else at the last size, cut with an ellipsis. Returns `{ lines, size, lineHeight, complete }`.
 * @param {string} text
 * @param {{ font: CardFont; width: number; sizes: SizeOption[] }} options
 * @returns {Wrapped & { size: number; lineHeight: number }}
 */
export function fitText(text, { font, width, sizes }) {
  for (const option of sizes) {
    const fitted = wrapBalanced(text, { font, size: option.size, width, maxLines: option.maxLines, ellipsis: false });
    if (fitted.complete) return { ...fitted, size: option.size, lineHeight: option.lineHeight };
  }
  const last = sizes[sizes.length - 1];
  return { ...wrap(text, { font, size: last.size, width, maxLines: last.maxLines }), size: last.size, lineHeight: last.lineHeight };
}

/**
 * As much of a prose text as fits `maxLines` in whole sentences; the first sentence cut with an
 * ellipsis when even it does not fit. For our own descriptions, never for quotes.
 * @param {string} text
 * @param {{ font: CardFont; size: number; width: number; maxLines: number }} options
 * @returns {Wrapped}
 */
export function leadSentences(text, { font, size, width, maxLines }) {
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z“"‘'(])/u);
  let kept = '';
  for (const sentence of sentences) {
    const next = kept ? `${kept} ${sentence}` : sentence;
    if (!wrap(next, { font, size, width, maxLines, ellipsis: false }).complete) break;
    kept = next;
  }
  return kept ? wrap(kept, { font, size, width, maxLines }) : wrap(text, { font, size, width, maxLines });
}
