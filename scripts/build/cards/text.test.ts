// Text layout for the cards: measured with the fonts' own metrics, never wider than asked.
import { describe, expect, it } from 'vitest';
import { escapeText, escapeXml, fitText, FONT_FILES, leadSentences, loadFont, wrap, wrapBalanced } from './text.mjs';

const regular = loadFont(FONT_FILES.regular);
const bold = loadFont(FONT_FILES.bold);
const LONG = 'Heim came to pit road during the stage-break caution while a group of drivers stayed out, and Christian Eckes inherited the lead under yellow.';

describe('fonts', () => {
  it('reads the weight and the metrics of each face', () => {
    expect(regular.weight).toBe(400);
    expect(bold.weight).toBe(700);
    expect(bold.measure('Lapline', 22)).toBeGreaterThan(regular.measure('Lapline', 22));
    expect(regular.measure('ab', 20)).toBeCloseTo(regular.measure('a', 20) + regular.measure('b', 20));
    expect(regular.measure('a', 40)).toBeCloseTo(2 * regular.measure('a', 20));
  });

  it('has the typographic marks the cards use, and knows what it lacks', () => {
    expect(regular.covers('“”‘’–—…·')).toBe(true);
    expect(bold.covers('“”‘’–—…·')).toBe(true);
    expect(regular.covers('Heim 👀')).toBe(false);
  });
});

describe('wrap', () => {
  it('breaks at spaces into lines no wider than the width, keeping every word', () => {
    const { lines, complete } = wrap(LONG, { font: regular, size: 24, width: 500 });
    expect(complete).toBe(true);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(regular.measure(line, 24)).toBeLessThanOrEqual(500);
    expect(lines.join(' ')).toBe(LONG);
  });

  it('ends the last allowed line with an ellipsis at a word boundary, or reports it did not fit', () => {
    const cut = wrap(LONG, { font: regular, size: 24, width: 500, maxLines: 2 });
    expect(cut.complete).toBe(false);
    expect(cut.lines).toHaveLength(2);
    expect(cut.lines[1]).toMatch(/\w…$/);
    expect(LONG.startsWith(cut.lines.join(' ').slice(0, -1))).toBe(true);
    expect(LONG.charAt(cut.lines.join(' ').length - 1)).toBe(' ');
    for (const line of cut.lines) expect(regular.measure(line, 24)).toBeLessThanOrEqual(500);
    const whole = wrap(LONG, { font: regular, size: 24, width: 500, maxLines: 2, ellipsis: false });
    expect(whole.complete).toBe(false);
    expect(whole.lines.join(' ')).not.toContain('…');
  });

  it('splits a word wider than the line', () => {
    const { lines } = wrap('#Championship4Championship4Championship4', { font: bold, size: 30, width: 200 });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('#Championship4Championship4Championship4');
    for (const line of lines) expect(bold.measure(line, 30)).toBeLessThanOrEqual(200);
  });

  it('evens out two lines instead of leaving one word alone', () => {
    const title = 'Third overtime: Majeski and Love crash in turn 1';
    const width = bold.measure(title, 38) - 10;
    expect(wrap(title, { font: bold, size: 38, width }).lines[1]).toBe('1');
    const balanced = wrapBalanced(title, { font: bold, size: 38, width });
    expect(balanced.lines).toHaveLength(2);
    expect(balanced.lines[1]!.split(' ').length).toBeGreaterThan(2);
  });

  it('fitText takes the first size the text fits at whole', () => {
    const sizes = [
      { size: 42, lineHeight: 50, maxLines: 1 },
      { size: 36, lineHeight: 44, maxLines: 1 },
    ];
    const width = bold.measure('Leader Smith crashes', 40);
    expect(fitText('Leader Smith crashes', { font: bold, width, sizes })).toMatchObject({ size: 36, complete: true });
    expect(fitText(LONG, { font: bold, width, sizes })).toMatchObject({ size: 36, complete: false });
  });

  it('leadSentences keeps whole sentences that fit', () => {
    const text = 'Ben Rhodes crashed on the second lap. This may be the caution under which the Heim team made its repair stops.';
    const width = regular.measure('Ben Rhodes crashed on the second lap. This may', 24);
    expect(leadSentences(text, { font: regular, size: 24, width, maxLines: 1 }).lines).toEqual(['Ben Rhodes crashed on the second lap.']);
    expect(leadSentences('No. 23 went out. Then more happened.', { font: regular, size: 24, width: 2000, maxLines: 1 }).lines).toEqual([
      'No. 23 went out. Then more happened.',
    ]);
  });
});

describe('escaping', () => {
  it('escapes markup in text, and quotation marks too in attributes', () => {
    expect(escapeText(`Tom & Jerry's <b> "x"`)).toBe(`Tom &amp; Jerry's &lt;b&gt; "x"`);
    expect(escapeXml(`Tom & Jerry's <b> "x"`)).toBe('Tom &amp; Jerry&apos;s &lt;b&gt; &quot;x&quot;');
  });
});
