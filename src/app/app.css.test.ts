/**
 * Following a driver greys the other incidents on the chart in --dimmed (app.css). Greyed is not
 * hidden: WCAG 1.4.11 asks 3:1 for graphics, so the colour must keep that against every background
 * a marker can sit on (surface, stage bands, the overtime zone, and each of those under a caution's
 * tint), in both themes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Read from disk, as the file is: independent of how Vitest treats CSS imports (vite.config.ts keeps `?raw` ones as text).
const appCss = readFileSync(resolve(import.meta.dirname, 'app.css'), 'utf8');

/** The light and dark values of a custom property of :root, from `light-dark(a, b)` or a plain value. */
function themeValues(name: string): [string, string] {
  const value = new RegExp(`^\\s*${name}:\\s*([^;]+);`, 'm').exec(appCss)?.[1]?.trim();
  if (!value) throw new Error(`app.css has no ${name}`);
  const inner = /^light-dark\((.+)\)$/.exec(value)?.[1];
  if (!inner) return [value, value];
  // The comma between the two values, not one inside rgba().
  let depth = 0;
  const at = [...inner].findIndex((ch) => (ch === '(' ? (depth++, false) : ch === ')' ? (depth--, false) : ch === ',' && depth === 0));
  return [inner.slice(0, at).trim(), inner.slice(at + 1).trim()];
}

type Rgba = [number, number, number, number];
function parse(colour: string): Rgba {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)).concat(1) as Rgba;
  const rgba = /^rgba\(\s*(\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\s*\)$/.exec(colour);
  if (rgba) return [Number(rgba[1]), Number(rgba[2]), Number(rgba[3]), Number(rgba[4])];
  throw new Error(`cannot read the colour ${colour}`);
}
/** `top` at `alpha` (times its own alpha) over an opaque `bottom`. */
const over = (top: Rgba, bottom: Rgba, alpha = 1): Rgba => {
  const a = top[3] * alpha;
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
};
const luminance = ([r, g, b]: Rgba) =>
  [r, g, b].map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
const contrast = (a: Rgba, b: Rgba) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('--dimmed, the colour of the incidents without the driver followed', () => {
  it.each([
    ['light', 0],
    ['dark', 1],
  ] as const)('keeps at least 3:1 against every chart background (%s theme)', (_, theme) => {
    const dimmed = parse(themeValues('--dimmed')[theme]);
    const backgrounds = ['--surface', '--stage-even', '--stage-odd', '--overtime'].map((name) => parse(themeValues(name)[theme]));
    // A caution's shading: the --caution tint at the shade's opacity (timeline.css: .caution-shade 0.75).
    const caution = parse(themeValues('--caution')[theme]);
    const all = [...backgrounds, ...backgrounds.map((bg) => over(caution, bg, 0.75))];
    for (const bg of all) expect(contrast(dimmed, bg)).toBeGreaterThanOrEqual(3);
    // Dimmed, not the same as the muted text: lighter than it in the light theme, darker in the dark one.
    const muted = parse(themeValues('--muted')[theme]);
    const surface = backgrounds[0]!;
    expect(contrast(dimmed, surface)).toBeLessThan(contrast(muted, surface));
  });
});
