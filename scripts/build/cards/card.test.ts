/**
 * What a link-preview card shows, card by card (scripts/build/cards/card.mjs), drawn in the test's own
 * process (a card is SVG text, about 50 ms): which head a moment gets and every line of it, in our
 * words or the quote's verbatim, the title it carries, the chart's view, the errors that refuse a card
 * rather than draw a wrong one, and that the parts are stacked top to bottom inside the card.
 * scripts/build/cards.test.ts draws every card and rasterises some through the build's own loader.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/dataset';
import { dataset } from '../../../src/data/load/bundledDataset';
import type { Quote, Race, RaceEvent } from '../../../src/data/schema';
import { CARD, cardSvg, pickQuote, QUOTE_SIZES, type Moment } from './card.mjs';
import { parseMarkup, type XmlElement, type XmlNode } from './chart.mjs';
import { FONT_FILES, loadFont } from './text.mjs';

const fonts = { regular: loadFont(FONT_FILES.regular), bold: loadFont(FONT_FILES.bold) };
const phoenix = dataset.races.get('phoenix-2023')!;
const roval = dataset.races.get('roval-2025')!;

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of each <text> element of a class, its lines joined by a space. */
function drawn(svg: string, cls: string): string[] {
  return [...svg.matchAll(new RegExp(`<text class="${cls}"[^>]*>(.*?)</text>`, 'g'))].map(([, inner]) =>
    [...inner!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map(([, text]) => unescape(text!)).join(' '),
  );
}

/** The baselines of each line of the first <text> of a class. */
function baselines(svg: string, cls: string): number[] {
  const inner = new RegExp(`<text class="${cls}"[^>]*>(.*?)</text>`).exec(svg)?.[1] ?? '';
  return [...inner.matchAll(/<tspan x="[^"]+" y="([^"]+)">/g)].map(([, y]) => Number(y));
}

/** The classes of the card's text blocks, top to bottom as drawn (by first baseline), the mark left out. */
function stack(svg: string): string[] {
  const classes = [...new Set([...svg.matchAll(/<text class="(card-[a-z-]+)"/g)].map(([, c]) => c!))].filter((c) => c !== 'card-mark__name');
  return classes.sort((a, b) => baselines(svg, a)[0]! - baselines(svg, b)[0]!);
}

/** The top of the first chart panel (the rectangle the timeline is set on). */
const panelTop = (svg: string) => Number(/<rect class="card-panel" x="[^"]+" y="([^"]+)"/.exec(svg)![1]);

const draw = (moment: Moment, data: Dataset = dataset) => cardSvg(moment, { fonts, dataset: data });

/** A dataset with one race changed. */
const withRace = (race: Race, data: Dataset = dataset): Dataset => ({ ...data, races: new Map([...data.races, [race.id, race]]) });
/** A dataset with other quotes. */
const withQuotes = (quotes: Quote[]): Dataset => ({ ...dataset, quotes });
const eventOf = (race: Race, id: string) => race.events.find((e) => e.id === id)!;
const withEvent = (race: Race, event: RaceEvent): Race => ({ ...race, events: race.events.map((e) => (e.id === event.id ? event : e)) });

describe("an incident's card", () => {
  it('says the race and track, the lap of the run and the kind, the title, the quote, its speaker and when, then the chart', () => {
    const { svg, title, quote } = draw({ raceId: 'phoenix-2023', eventId: 'heim-hocevar-second-contact' });
    expect(title).toBe('Heim turns into Hocevar');
    expect(drawn(svg, 'card-race')).toEqual(['2023 Craftsman 150 · Phoenix Raceway']);
    expect(drawn(svg, 'card-lap')).toEqual([expect.stringMatching(/^Lap \d+ of 179 · (?:exact|approximate|inferred).* · Contact & crashes$/)]);
    expect(drawn(svg, 'card-title')).toEqual(['Heim turns into Hocevar']);
    expect(quote?.id).toBe('heim-no-sideforce');
    expect(drawn(svg, 'card-quote')).toEqual([`“${quote!.text}”`]);
    expect(svg).toContain(`data-quote="heim-no-sideforce"`);
    expect(drawn(svg, 'card-speaker')).toEqual(['— Corey Heim · After the race']);
    expect(drawn(svg, 'card-description')).toEqual([]);
    expect(drawn(svg, 'card-after-race')).toEqual(['Penalty, Nov 8, 2023: NASCAR penalises Heim for wrecking Hocevar']);
    expect(stack(svg)).toEqual(['card-race', 'card-lap', 'card-title', 'card-quote', 'card-speaker', 'card-after-race']);
    // The chart starts under the last line, and the card's <title> names the race and the incident.
    expect(panelTop(svg)).toBeGreaterThan(baselines(svg, 'card-after-race')[0]!);
    expect(svg).toContain('<title>2023 Craftsman 150: Heim turns into Hocevar</title>');
  });

  it('gives the lap with how sure it is: exact, a range, or a lap worked out', () => {
    const exact = phoenix.events.find((e) => e.certainty === 'exact')!;
    expect(drawn(draw({ raceId: 'phoenix-2023', eventId: exact.id }).svg, 'card-lap')[0]).toMatch(new RegExp(`^Lap ${exact.lap} of 179 · [A-Z][^·]*$`));
    expect(drawn(draw({ raceId: 'phoenix-2023', eventId: 'andretti-hacker-crash' }).svg, 'card-lap')).toEqual(['Lap 54 of 179 · approximate (laps 54–56) · Contact & crashes']);
    // An inferred lap with no range to give: one lap, said to be worked out.
    expect(drawn(draw({ raceId: 'phoenix-2023', eventId: 'drew-jones-crash' }).svg, 'card-lap')).toEqual(['Lap 101 of 179 · inferred lap · Contact & crashes']);
    const noRange = withEvent(phoenix, { ...eventOf(phoenix, 'andretti-hacker-crash'), lapRange: undefined });
    expect(drawn(draw({ raceId: 'phoenix-2023', eventId: 'andretti-hacker-crash' }, withRace(noRange)).svg, 'card-lap')).toEqual(['Lap 54 of 179 · approximate lap · Contact & crashes']);
  });

  it("with nothing quoted, says what happened in our words (no quotation marks), then what came after the flag", () => {
    const { svg, quote } = draw({ raceId: 'phoenix-2023', eventId: 'drew-jones-crash' });
    expect(quote).toBeNull();
    expect(drawn(svg, 'card-quote')).toEqual([]);
    expect(drawn(svg, 'card-speaker')).toEqual([]);
    expect(drawn(svg, 'card-description')).toEqual([
      'Jake Drew and Conner Jones were both eliminated by crash damage on the same lap early in the final stage, which points to one incident. None of the reports we found describes it.',
    ]);
    expect(svg).not.toContain('“');
    // The second contact without its quotes: its description, and its penalty under it.
    const unquoted = draw({ raceId: 'phoenix-2023', eventId: 'heim-hocevar-second-contact' }, withQuotes(dataset.quotes.filter((q) => !q.events.some((l) => l.event === 'heim-hocevar-second-contact'))));
    expect(unquoted.quote).toBeNull();
    expect(drawn(unquoted.svg, 'card-description')).toHaveLength(1);
    expect(drawn(unquoted.svg, 'card-after-race')).toEqual(['Penalty, Nov 8, 2023: NASCAR penalises Heim for wrecking Hocevar']);
    expect(stack(unquoted.svg)).toEqual(['card-race', 'card-lap', 'card-title', 'card-description', 'card-after-race']);
    expect(panelTop(unquoted.svg)).toBeGreaterThan(baselines(unquoted.svg, 'card-after-race')[0]!);
    expect(panelTop(svg)).toBeGreaterThan(baselines(svg, 'card-description').at(-1)!);
  });

  it('names a post as a post, with the account that posted it', () => {
    // The shipped post ends in an emoji, which no preview shows (data/momentPreview.ts): its words alone.
    const shipped = dataset.quotes.find((q) => q.kind === 'post')!;
    const post = { ...shipped, text: shipped.text.replace(/\s*\p{Extended_Pictographic}.*$/u, '') };
    const link = post.events[0]!;
    const { svg, quote } = draw({ raceId: link.race, eventId: link.event }, withQuotes([post]));
    expect(quote?.id).toBe(post.id);
    expect(drawn(svg, 'card-speaker')).toEqual([expect.stringMatching(/^— Post by FOX: NASCAR · /)]);
  });

  it('draws the chart at the incident’s lap with the incident selected', () => {
    const { svg } = draw({ raceId: 'phoenix-2023', eventId: 'hocevar-spins-heim' });
    expect(svg.slice(svg.indexOf('<svg class="timeline-cursor"'))).toMatch(/class="cursor-pill__text"[^>]*>120</);
    const selected = [...svg.matchAll(/class="marker [^"]*marker--selected[^"]*" data-kind="([a-z-]+)"/g)].map(([, kind]) => kind);
    expect(selected.length).toBeGreaterThan(0);
    expect(new Set(selected)).toEqual(new Set(['contact']));
    expect(draw({ raceId: 'phoenix-2023' }).svg).not.toMatch(/class="marker [^"]*marker--selected/);
  });

  it('sets a quote under a two-line title on two lines at most', () => {
    const spin = eventOf(phoenix, 'hocevar-spins-heim');
    const long = withEvent(phoenix, { ...spin, title: 'Hocevar spins Heim in turn one, and the title fight turns on it with thirty laps to go' });
    const { svg } = draw({ raceId: 'phoenix-2023', eventId: spin.id }, withRace(long));
    expect(baselines(svg, 'card-title')).toHaveLength(2);
    expect(baselines(svg, 'card-quote').length).toBeLessThanOrEqual(2);
    expect(stack(svg).slice(0, 4)).toEqual(['card-race', 'card-lap', 'card-title', 'card-quote']);
    expect(baselines(svg, 'card-quote')[0]).toBeGreaterThan(baselines(svg, 'card-title')[1]!);
  });
});

describe("a race's card", () => {
  it('says the series, the name, where and when, who won, the champion and the laps run against those scheduled', () => {
    const { svg, title, quote } = draw({ raceId: 'phoenix-2023' });
    expect(title).toBe('2023 Craftsman 150');
    expect(quote).toBeNull();
    expect(drawn(svg, 'card-series')).toEqual(['NASCAR Craftsman Truck Series']);
    expect(drawn(svg, 'card-title')).toEqual(['2023 Craftsman 150']);
    expect(drawn(svg, 'card-where')).toEqual(['Phoenix Raceway, Avondale, Arizona · Nov 3, 2023']);
    expect(drawn(svg, 'card-facts')).toEqual(['Won by Christian Eckes · Champion: Ben Rhodes · 179 laps (150 scheduled)']);
    expect(stack(svg)).toEqual(['card-series', 'card-title', 'card-where', 'card-facts']);
    expect(panelTop(svg)).toBeGreaterThan(baselines(svg, 'card-facts').at(-1)!);
    expect(svg).toContain('<title>2023 Craftsman 150</title>');
    // The chart at the finish, the whole race drawn.
    expect(svg.slice(svg.indexOf('<svg class="timeline-cursor"'))).toMatch(/class="cursor-pill__text"[^>]*>179</);
    expect(svg).not.toMatch(/class="[^"]*spoiler-veil/);
  });

  it('names no champion where there is none, and the laps alone when the race ran its distance', () => {
    expect(drawn(draw({ raceId: 'roval-2025' }).svg, 'card-facts')).toEqual(['Won by Corey Heim · 70 laps (67 scheduled)']);
    const onDistance = withRace({ ...roval, lapsRun: roval.scheduledLaps, events: roval.events.filter((e) => e.lap <= roval.scheduledLaps) });
    expect(drawn(draw({ raceId: 'roval-2025' }, onDistance).svg, 'card-facts')).toEqual(['Won by Corey Heim · 67 laps']);
  });

  it('without spoilers: what is known before the start only, the chart at lap 1 with what follows veiled', () => {
    const { svg, title } = draw({ raceId: 'phoenix-2023', noSpoilers: true });
    expect(title).toBe('2023 Craftsman 150');
    expect(drawn(svg, 'card-facts')).toEqual(['No spoilers · 150 laps scheduled · relive it from the green flag']);
    expect(svg).not.toMatch(/Eckes|Rhodes|179/);
    expect(svg).toContain('<title>2023 Craftsman 150, without spoilers</title>');
    expect(svg.slice(svg.indexOf('<svg class="timeline-cursor"'))).toMatch(/class="cursor-pill__text"[^>]*>1</);
    expect(svg).toMatch(/class="[^"]*spoiler-veil/);
  });

  it('sets a long name on two lines, the rest under it', () => {
    const long = withRace({ ...roval, name: 'The 2025 EcoSave 250 at the Charlotte Motor Speedway Roval, the last race of the regular season' });
    const { svg } = draw({ raceId: 'roval-2025' }, long);
    const name = baselines(svg, 'card-title');
    expect(name).toHaveLength(2);
    expect(baselines(svg, 'card-where')[0]).toBeGreaterThan(name[1]!);
    expect(stack(svg)).toEqual(['card-series', 'card-title', 'card-where', 'card-facts']);
  });
});

describe("a followed driver's card", () => {
  it('says following, the race, the name, their race in our words (capitalised), what came after, then their own words', () => {
    const { svg, title, quote } = draw({ raceId: 'roval-2025', follow: 'corey-heim' });
    expect(title).toBe('Corey Heim');
    expect(drawn(svg, 'card-race')).toEqual(['Following · 2025 EcoSave 250 · Charlotte Motor Speedway Roval']);
    expect(drawn(svg, 'card-title')).toEqual(['Corey Heim']);
    expect(drawn(svg, 'card-facts')).toEqual(['In 9 of its 14 incidents · a title contender · won']);
    expect(drawn(svg, 'card-after-race')).toEqual(['Since then, Oct 31, 2025: Heim ends 2025 with 12 wins and the championship']);
    expect(quote?.speaker).toBe('corey-heim');
    expect(drawn(svg, 'card-quote')).toEqual([`“${quote!.text}”`]);
    expect(drawn(svg, 'card-speaker')).toEqual([expect.stringMatching(/^— Corey Heim · After the race, Oct 3, 2025$/)]);
    expect(stack(svg)).toEqual(['card-race', 'card-title', 'card-facts', 'card-after-race', 'card-quote', 'card-speaker']);
    expect(panelTop(svg)).toBeGreaterThan(baselines(svg, 'card-speaker')[0]!);
    expect(svg).toContain('<title>2025 EcoSave 250: following Corey Heim</title>');
    expect(svg.match(/class="marker-follow-ring"/g)).toHaveLength(9);
  });

  it('with nothing of their own quoted: no quote, the chart under their facts', () => {
    const { svg, quote } = draw({ raceId: 'phoenix-2023', follow: 'derek-kraus' });
    expect(quote).toBeNull();
    expect(drawn(svg, 'card-quote')).toEqual([]);
    expect(drawn(svg, 'card-speaker')).toEqual([]);
    expect(drawn(svg, 'card-after-race')).toEqual([]);
    expect(stack(svg)).toEqual(['card-race', 'card-title', 'card-facts']);
    expect(panelTop(svg)).toBeGreaterThan(baselines(svg, 'card-facts')[0]!);
    // The chart at the finish, with their incidents ringed.
    expect(svg.slice(svg.indexOf('<svg class="timeline-cursor"'))).toMatch(/class="cursor-pill__text"[^>]*>179</);
  });
});

describe("a comparison's card", () => {
  it('names both races, says how they are lined up, and draws both timelines, the first race on top', () => {
    const { svg, title, quote } = draw({ raceId: 'phoenix-2023', compare: ['phoenix-2023', 'roval-2025'] });
    expect(title).toBe('Phoenix 2023 and Charlotte Roval 2025');
    expect(quote).toBeNull();
    expect(drawn(svg, 'card-series')).toEqual(['Side by side on Lapline · lined up by share of the scheduled distance']);
    expect(drawn(svg, 'card-title')).toEqual(['Phoenix 2023 and Charlotte Roval 2025']);
    expect(drawn(svg, 'card-race-name')).toEqual(['2023 Craftsman 150', '2025 EcoSave 250']);
    const names = [...svg.matchAll(/<text class="card-race-name"[^>]*><tspan x="[^"]+" y="([^"]+)"/g)].map(([, y]) => Number(y));
    const panels = [...svg.matchAll(/<rect class="card-panel" x="[^"]+" y="([^"]+)" width="[^"]+" height="([^"]+)"/g)].map(([, y, h]) => ({ top: Number(y), bottom: Number(y) + Number(h) }));
    expect(panels).toHaveLength(2);
    // Each name above its own panel, the second race's under the first's, all inside the card.
    expect(names[0]).toBeLessThan(panels[0]!.top);
    expect(names[1]).toBeGreaterThan(panels[0]!.bottom);
    expect(names[1]).toBeLessThan(panels[1]!.top);
    expect(panels[1]!.bottom).toBeLessThanOrEqual(630);
    expect(svg).toContain('<title>2023 Craftsman 150 and 2025 EcoSave 250, side by side</title>');
    // Each race at its finish.
    const pills = [...svg.matchAll(/class="cursor-pill__text"[^>]*>(\d+)</g)].map(([, lap]) => lap);
    expect(pills).toEqual(['179', '70']);
  });

  it('without spoilers: from the green flag, both at lap 1', () => {
    const { svg } = draw({ raceId: 'phoenix-2023', compare: ['phoenix-2023', 'roval-2025'], noSpoilers: true });
    expect(drawn(svg, 'card-series')).toEqual(['Side by side on Lapline · no spoilers · from the green flag']);
    expect(svg).toContain('<title>2023 Craftsman 150 and 2025 EcoSave 250, side by side, without spoilers</title>');
    expect([...svg.matchAll(/class="cursor-pill__text"[^>]*>(\d+)</g)].map(([, lap]) => lap)).toEqual(['1', '1']);
  });
});

describe('a card that cannot be right is refused, not drawn', () => {
  it('an unknown race, incident or driver, or a comparison with an unknown race', () => {
    expect(() => draw({ raceId: 'nowhere-1999' })).toThrow('no race nowhere-1999');
    expect(() => draw({ raceId: 'phoenix-2023', eventId: 'no-such-thing' })).toThrow('no incident no-such-thing in phoenix-2023');
    expect(() => draw({ raceId: 'phoenix-2023', follow: 'nobody' })).toThrow('no driver nobody in phoenix-2023');
    expect(() => draw({ raceId: 'phoenix-2023', compare: ['phoenix-2023', 'nowhere-1999'] })).toThrow('no race in phoenix-2023, nowhere-1999');
  });

  it("the moment's quote the card cannot set whole, or in its font", () => {
    const quote = dataset.quotes.find((q) => q.id === 'heim-no-sideforce')!;
    const moment = { eventId: 'heim-hocevar-second-contact' };
    expect(() => pickQuote(dataset, phoenix, moment, { font: fonts.regular, width: 150 })).toThrow("quote heim-no-sideforce, the moment's quote for phoenix-2023, does not fit its card whole");
    const foreign = withQuotes([{ ...quote, text: '漢字だけの言葉' }]);
    expect(() => pickQuote(foreign, phoenix, moment, { font: fonts.regular, width: 1000 })).toThrow('the card font cannot draw quote heim-no-sideforce');
  });
});

describe('pickQuote', () => {
  const quote = dataset.quotes.find((q) => q.id === 'heim-no-sideforce')!;
  const moment = { eventId: 'heim-hocevar-second-contact' };

  it('sets the quote at the largest size it fits whole at, in typographic quotation marks', () => {
    const picked = pickQuote(dataset, phoenix, moment, { font: fonts.regular, width: 1096 })!;
    expect(picked.quote.id).toBe('heim-no-sideforce');
    expect(picked.size).toBe(QUOTE_SIZES[0]!.size);
    expect(picked.lineHeight).toBe(QUOTE_SIZES[0]!.lineHeight);
    expect(picked.lines.join(' ')).toBe(`“${quote.text}”`);
    // Narrower, it no longer fits at the largest size: a smaller one, with more lines, still whole.
    const narrow = pickQuote(dataset, phoenix, moment, { font: fonts.regular, width: 560 })!;
    expect(narrow.size).toBeLessThan(picked.size);
    expect(narrow.lines.join(' ')).toBe(`“${quote.text}”`);
    const option = QUOTE_SIZES.find((o) => o.size === narrow.size)!;
    expect(narrow.lineHeight).toBe(option.lineHeight);
    expect(narrow.lines.length).toBeLessThanOrEqual(option.maxLines);
  });

  it('is null for a moment nobody is quoted on', () => {
    expect(pickQuote(dataset, phoenix, { eventId: 'drew-jones-crash' }, { font: fonts.regular, width: 1096 })).toBeNull();
  });
});

/** The elements of a tree, depth first, with their parent. */
function* elements(node: XmlElement, parent: XmlElement | null = null): Generator<{ node: XmlElement; parent: XmlElement | null }> {
  yield { node, parent };
  for (const child of node.children) if (child.name !== undefined) yield* elements(child, node);
}
const isElement = (node: XmlNode): node is XmlElement => node.name !== undefined;
const num = (node: XmlElement, attr: string) => Number(node.attrs.get(attr) ?? 0);
const classOf = (node: XmlElement) => node.attrs.get('class') ?? '';

/** A box: left, top, right, bottom. */
type Box = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (inner: Box, outer: Box) => inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;
const rectBox = (rect: XmlElement): Box => ({ left: num(rect, 'x'), top: num(rect, 'y'), right: num(rect, 'x') + num(rect, 'width'), bottom: num(rect, 'y') + num(rect, 'height') });

/**
 * Everything a card's layout promises, checked on its SVG: one well-formed 1200 × 630 document
 * (title, style sheet, background, then what is drawn), no loose text outside a text element, every
 * line of text inside the card's margins and clear of every other line and of the Lapline mark, the
 * chart panels under all the text, inside the card, each timeline layer set inside its panel and
 * both layers of a panel in one place, the incident's kind marker and the following ring beside
 * their line, and the quote's bar alongside the quote and its speaker.
 */
function checkLayout(svg: string): void {
  const root = parseMarkup(svg);
  const card = root.children.find(isElement)!;
  expect(root.children).toHaveLength(1);
  expect(card.name).toBe('svg');
  expect([card.attrs.get('width'), card.attrs.get('height'), card.attrs.get('viewBox')]).toEqual(['1200', '630', '0 0 1200 630']);
  const top = card.children.filter(isElement);
  expect(top.slice(0, 3).map((n) => `${n.name}${classOf(n) ? `.${classOf(n)}` : ''}`)).toEqual(['title', 'style', 'rect.card-bg']);
  expect(rectBox(top[2]!)).toEqual({ left: 0, top: 0, right: 1200, bottom: 630 });
  // Text only where text belongs.
  for (const { node } of elements(card)) {
    if (node.name === 'text' && classOf(node).startsWith('card-')) expect(node.children.every((c) => c.name === 'tspan'), 'a text element holds its lines only').toBe(true);
    if (['text', 'tspan', 'title', 'style'].includes(node.name)) continue;
    expect(node.children.filter((c) => c.text !== undefined && c.text.trim() !== ''), `loose text in <${node.name}>`).toEqual([]);
  }
  const cardBox = { left: 0, top: 0, right: CARD.width, bottom: CARD.height };
  const margins = { left: 40, top: 20, right: CARD.width - 40, bottom: CARD.height - 20 };
  // The card's own text (the chart's labels are the timeline's, laid out by the app).
  const lines: (Box & { cls: string; text: string })[] = [];
  for (const child of top) {
    const texts = child.name === 'text' ? [child] : child.name === 'g' ? child.children.filter(isElement).filter((n) => n.name === 'text') : [];
    for (const text of texts) {
      const size = num(text, 'font-size');
      const font = text.attrs.get('font-weight') === '700' ? fonts.bold : fonts.regular;
      for (const span of text.children.filter(isElement)) {
        const content = unescape(span.children.map((c) => c.text ?? '').join(''));
        const [x, y] = [num(span, 'x'), num(span, 'y')];
        lines.push({ cls: classOf(text), text: content, left: x, right: x + font.measure(content, size), top: y - 0.8 * size, bottom: y + 0.25 * size });
      }
    }
  }
  expect(lines.length).toBeGreaterThan(2);
  // The mark: its name and its amber stroke inside its box, top right.
  const markParts = top.find((n) => classOf(n) === 'card-mark')!.children.filter(isElement);
  expect(markParts.map((n) => n.name)).toEqual(['rect', 'line', 'text']);
  const mark = rectBox(markParts[0]!);
  expect(inside(mark, margins)).toBe(true);
  expect(mark.right).toBe(CARD.width - 40);
  expect(mark.top).toBeLessThan(40);
  const stroke = markParts[1]!;
  expect(num(stroke, 'x1')).toBe(num(stroke, 'x2'));
  expect(inside({ left: num(stroke, 'x1') - 2, right: num(stroke, 'x1') + 2, top: num(stroke, 'y1'), bottom: num(stroke, 'y2') }, mark)).toBe(true);
  expect(num(stroke, 'y2') - num(stroke, 'y1')).toBeGreaterThan(20);
  const name = lines.find((l) => l.cls === 'card-mark__name')!;
  expect(name.text).toBe('Lapline');
  expect(inside(name, mark)).toBe(true);
  expect(name.left).toBeGreaterThan(num(stroke, 'x1') + 2);
  for (const line of lines) {
    expect(inside(line, margins), `${line.cls} "${line.text}" inside the margins`).toBe(true);
    if (line.cls !== 'card-mark__name') expect(overlaps(line, mark), `${line.cls} "${line.text}" clear of the mark`).toBe(false);
  }
  for (const [i, a] of lines.entries()) for (const b of lines.slice(i + 1)) expect(overlaps(a, b), `"${a.text}" and "${b.text}" apart`).toBe(false);
  // The chart panels: under the text, inside the card, each holding its two layers in one place.
  const panels = top.filter((n) => classOf(n) === 'card-panel').map(rectBox);
  const layers = top.filter((n) => n.name === 'svg');
  expect(panels.length).toBeGreaterThan(0);
  expect(layers).toHaveLength(2 * panels.length);
  const textBottom = Math.max(...lines.filter((l) => l.cls !== 'card-race-name' && l.cls !== 'card-mark__name').map((l) => l.bottom));
  expect(panels[0]!.top).toBeGreaterThan(textBottom);
  for (const [i, panel] of panels.entries()) {
    expect(inside(panel, { ...cardBox, bottom: CARD.height - 10 })).toBe(true);
    const [chart, cursor] = [layers[2 * i]!, layers[2 * i + 1]!];
    expect([classOf(chart), classOf(cursor)]).toEqual([expect.stringMatching(/^timeline\b/), expect.stringMatching(/^timeline-cursor\b/)]);
    expect(rectBox(cursor)).toEqual(rectBox(chart));
    expect(inside(rectBox(chart), panel), 'the chart inside its panel').toBe(true);
    // The zoom overview under the axis is a control: the card leaves it out, and all that goes with it.
    for (const layer of [chart, cursor]) {
      const drawnHeight = Number(layer.attrs.get('viewBox')!.split(' ')[3]);
      for (const { node } of elements(layer)) {
        expect(classOf(node)).not.toMatch(/(?:^| )(?:overview|overview-bg|cursor-line--overview)(?: |$)/);
        if (/(?:^| )spoiler-veil__shade(?: |$)/.test(classOf(node))) expect(num(node, 'y')).toBeLessThan(drawnHeight);
      }
    }
    // Centred across the card.
    expect(Math.abs(num(chart, 'x') + num(chart, 'width') / 2 - CARD.width / 2)).toBeLessThan(1);
    const [, , vw, vh] = chart.attrs.get('viewBox')!.split(' ').map(Number);
    expect(num(chart, 'width') / vw!).toBeCloseTo(num(chart, 'height') / vh!, 5);
    if (i > 0) expect(panel.top).toBeGreaterThan(panels[i - 1]!.bottom);
  }
  // The kind's marker and the following ring sit on their line, left of it.
  const line = (cls: string) => lines.find((l) => l.cls === cls)!;
  const kind = top.find((n) => classOf(n) === 'card-kind');
  if (kind) {
    const [tx, ty] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(kind.attrs.get('transform')!)!.slice(1).map(Number);
    expect(ty! > line('card-lap').top && ty! < line('card-lap').bottom).toBe(true);
    expect(tx).toBeLessThan(line('card-lap').left);
    expect(tx).toBeGreaterThanOrEqual(40);
  }
  const ring = top.find((n) => classOf(n) === 'card-follow-ring');
  if (ring) {
    // Its dot at its centre, as on the chart.
    const dot = top[top.indexOf(ring) + 1]!;
    expect([dot.name, num(dot, 'cx'), num(dot, 'cy')]).toEqual(['circle', num(ring, 'cx'), num(ring, 'cy')]);
    expect(num(ring, 'cx') - num(ring, 'r')).toBeGreaterThanOrEqual(40);
    expect(num(ring, 'cy') > line('card-race').top && num(ring, 'cy') < line('card-race').bottom).toBe(true);
    expect(num(ring, 'cx') + num(ring, 'r')).toBeLessThan(line('card-race').left);
  }
  const bar = top.find((n) => classOf(n) === 'card-quote-bar');
  if (bar) {
    const box = rectBox(bar);
    const quoted = lines.filter((l) => l.cls === 'card-quote');
    expect(box.top).toBeLessThanOrEqual(quoted[0]!.top + 2);
    expect(box.bottom).toBeGreaterThanOrEqual(line('card-speaker').bottom - 10);
    expect(box.right).toBeLessThan(quoted[0]!.left);
  }
}

describe("every kind of card keeps its layout's promises", () => {
  const spin = eventOf(phoenix, 'hocevar-spins-heim');
  it.each<[string, Moment, Dataset?]>([
    ['a race', { raceId: 'phoenix-2023' }],
    ['a race without spoilers', { raceId: 'roval-2025', noSpoilers: true }],
    ['a race with a long name', { raceId: 'roval-2025' }, withRace({ ...roval, name: 'The 2025 EcoSave 250 at the Charlotte Motor Speedway Roval, the last race of the regular season' })],
    ['an incident with a quote and what came after', { raceId: 'phoenix-2023', eventId: 'heim-hocevar-second-contact' }],
    ['an incident with a long quote', { raceId: 'roval-2025', eventId: 'calamity-corner-crash' }],
    ['an incident nobody is quoted on', { raceId: 'phoenix-2023', eventId: 'drew-jones-crash' }],
    ['an incident nobody is quoted on, with what came after', { raceId: 'phoenix-2023', eventId: 'heim-hocevar-second-contact' }, withQuotes(dataset.quotes.filter((q) => !q.events.some((l) => l.event === 'heim-hocevar-second-contact')))],
    ['an incident with a two-line title', { raceId: 'phoenix-2023', eventId: spin.id }, withRace(withEvent(phoenix, { ...spin, title: 'Hocevar spins Heim in turn one, and the title fight turns on it with thirty laps to go' }))],
    ['a driver with their words and what came after', { raceId: 'roval-2025', follow: 'corey-heim' }],
    ['a driver nobody quotes', { raceId: 'phoenix-2023', follow: 'derek-kraus' }],
    ['a comparison', { raceId: 'phoenix-2023', compare: ['phoenix-2023', 'roval-2025'] }],
    ['a comparison without spoilers', { raceId: 'phoenix-2023', compare: ['roval-2025', 'phoenix-2023'], noSpoilers: true }],
  ])('%s', (_, moment, data) => {
    checkLayout(draw(moment, data).svg);
  });

  it("a comparison's two timelines share one scale, the card's", () => {
    const { svg, scale } = draw({ raceId: 'phoenix-2023', compare: ['phoenix-2023', 'roval-2025'] });
    const layers = [...parseMarkup(svg).children.filter(isElement)[0]!.children.filter(isElement)].filter((n) => n.name === 'svg');
    const scales = layers.map((n) => num(n, 'width') / Number(n.attrs.get('viewBox')!.split(' ')[2]));
    expect(scales).toHaveLength(4);
    for (const s of scales) expect(s).toBeCloseTo(scale, 6);
    expect(scale).toBeLessThanOrEqual(1);
    // Each panel fitted alone would be larger for the race with fewer rows: the shared scale is the smaller.
    const alone = layers.map((n) => num(n, 'height'));
    expect(Math.max(...alone)).toBeGreaterThan(0);
  });

  it("an incident's marker is drawn in its kind's colour, the chart's colour for that kind", () => {
    for (const eventId of ['hocevar-spins-heim', 'drew-jones-crash']) {
      const { svg } = draw({ raceId: 'phoenix-2023', eventId });
      const kind = eventOf(phoenix, eventId).kind;
      const fill = /<path class="card-kind"[^>]*fill="([^"]+)"/.exec(svg)![1];
      const chartColour = new RegExp(`\\.marker\\[data-kind='${kind}'\\][^{]*\\{[^}]*color:([^;}]+)`).exec(svg)?.[1];
      expect(fill).toMatch(/^#[0-9a-f]{6}$/i);
      expect(fill).toBe(chartColour);
    }
    const caution = phoenix.events.find((e) => e.kind !== 'contact')!;
    const other = /<path class="card-kind"[^>]*fill="([^"]+)"/.exec(draw({ raceId: 'phoenix-2023', eventId: caution.id }).svg)![1];
    expect(other).not.toBe(/<path class="card-kind"[^>]*fill="([^"]+)"/.exec(draw({ raceId: 'phoenix-2023', eventId: 'hocevar-spins-heim' }).svg)![1]);
  });
});

describe('a quote is set whole in the room its card has, or the card is refused', () => {
  // A test's own words, not an article's: wide enough to need three lines at the smallest size.
  const wide = { ...dataset.quotes.find((q) => q.id === 'heim-no-sideforce')!, text: 'MMMM WWWW '.repeat(16).trim() };
  const spin = eventOf(phoenix, 'hocevar-spins-heim');
  const aboutSpin = { ...wide, events: [{ race: 'phoenix-2023', event: spin.id }] };

  it('under a one-line title, on three lines; under a two-line title, it refuses the card', () => {
    const { svg } = draw({ raceId: 'phoenix-2023', eventId: spin.id }, withQuotes([aboutSpin]));
    expect(baselines(svg, 'card-quote')).toHaveLength(3);
    const long = withRace(withEvent(phoenix, { ...spin, title: 'Hocevar spins Heim in turn one, and the title fight turns on it with thirty laps to go' }), withQuotes([aboutSpin]));
    expect(() => draw({ raceId: 'phoenix-2023', eventId: spin.id }, long)).toThrow('does not fit its card whole');
  });

  it("a followed driver's words get two lines at most", () => {
    const theirs = withQuotes([{ ...aboutSpin, speaker: 'corey-heim' }]);
    expect(() => draw({ raceId: 'phoenix-2023', follow: 'corey-heim' }, theirs)).toThrow('does not fit its card whole');
    const short = withQuotes([{ ...aboutSpin, speaker: 'corey-heim', text: 'MMMM WWWW '.repeat(4).trim() }]);
    expect(draw({ raceId: 'phoenix-2023', follow: 'corey-heim' }, short).quote?.speaker).toBe('corey-heim');
  });
});
