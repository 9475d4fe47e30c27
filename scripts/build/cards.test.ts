// The link-preview cards (scripts/build/cards.mjs): drawn from the app's own Timeline through Vite and
// rasterised by resvg (WebAssembly), in Node, with no browser.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/load/bundledDataset';
import { openCardRenderer, renderCards, type CardRenderer, type Moment } from './cards.mjs';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, after checking the signature and that IHDR comes first. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The text drawn by the <text> elements of a class, one entry per element, its lines joined by spaces. */
function drawnText(svg: string, cls: string): string[] {
  const blocks = [...svg.matchAll(new RegExp(`<text class="${cls}"[^>]*>(.*?)</text>`, 'g'))];
  return blocks.map(([, inner]) =>
    [...inner!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)]
      .map(([, line]) => line!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'))
      .join(' '),
  );
}

const phoenix: Moment = { raceId: 'phoenix-2023', eventId: null };
const spin: Moment = { raceId: 'phoenix-2023', eventId: 'hocevar-spins-heim' };
const roval: Moment = { raceId: 'roval-2025', eventId: 'calamity-corner-crash' };
const heim: Moment = { raceId: 'phoenix-2023', eventId: null, follow: 'corey-heim' };
const heimRoval: Moment = { raceId: 'roval-2025', eventId: null, follow: 'corey-heim' };

let renderer: CardRenderer;
beforeAll(async () => {
  renderer = await openCardRenderer();
}, 60_000);
afterAll(async () => {
  await renderer?.close();
});

describe('card PNGs', () => {
  it.each([
    ['a race', phoenix],
    ['a Phoenix incident', spin],
    ['a Roval incident', roval],
    ['a driver followed', heimRoval],
  ])('%s: a 1200 × 630 PNG with the picture in it', async (_, moment) => {
    const { png } = await renderer.render(moment);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    // A flat or empty image compresses to a few kilobytes; a card with text and a chart does not.
    expect(png.byteLength).toBeGreaterThan(40_000);
  }, 30_000);
});

describe('card SVGs', () => {
  it("an incident's card has its title, and one of its quotes, whole and verbatim in typographic quotation marks", () => {
    const { svg, title, quote } = renderer.draw(spin);
    expect(title).toBe('Hocevar spins Heim');
    expect(drawnText(svg, 'card-title')).toEqual(['Hocevar spins Heim']);
    expect(quote).not.toBeNull();
    expect(quote!.events).toContainEqual(expect.objectContaining({ race: 'phoenix-2023', event: 'hocevar-spins-heim' }));
    // A short one, spoken (not a post), said in reaction (not before the race).
    expect(quote!.text.length).toBeLessThanOrEqual(140);
    expect(quote!.kind).not.toBe('post');
    expect(drawnText(svg, 'card-quote')).toEqual([`“${quote!.text}”`]);
    expect(svg).toContain(`data-quote="${quote!.id}"`);
    expect(drawnText(svg, 'card-speaker')[0]).toMatch(/^— \S.* · /);
  });

  it('a remark made before the race says so on the card, as in the page’s description: when it was said and when published', () => {
    const { svg, quote } = renderer.draw({ raceId: 'roval-2025', eventId: 'heim-locks-into-championship-4' });
    expect(quote?.id).toBe('zipadelli-three-championships');
    expect(drawnText(svg, 'card-speaker')).toEqual(['— Scott Zipadelli · Said before this race, about mid-September 2025; published Oct 2, 2025']);
  });

  it('a reaction the record later overruled or outgrew is followed by what came after the flag, dated', () => {
    const contact = renderer.draw({ raceId: 'phoenix-2023', eventId: 'heim-hocevar-second-contact' });
    expect(contact.quote?.id).toBe('heim-no-sideforce');
    expect(drawnText(contact.svg, 'card-after-race')).toEqual(['Penalty, Nov 8, 2023: NASCAR penalises Heim for wrecking Hocevar']);
    const record = renderer.draw({ raceId: 'roval-2025', eventId: 'heim-wins-10th' });
    expect(drawnText(record.svg, 'card-after-race')).toEqual(['Since then, Oct 31, 2025: Heim ends 2025 with 12 wins and the championship']);
    // An incident nothing came after has no such line.
    expect(drawnText(renderer.draw(spin).svg, 'card-after-race')).toEqual([]);
  });

  it("the champion's card quotes no one rather than the driver who says he should have won", () => {
    const { svg, quote } = renderer.draw({ raceId: 'phoenix-2023', eventId: null, follow: 'ben-rhodes' });
    expect(quote).toBeNull();
    expect(drawnText(svg, 'card-quote')).toEqual([]);
    expect(drawnText(svg, 'card-facts')).toEqual(['In 7 of its 24 incidents · the champion · finished 5th']);
  });

  it('a disputed count is marked on the card: Crews led 56 or 55 laps', () => {
    expect(drawnText(renderer.draw({ raceId: 'roval-2025', eventId: null, follow: 'brent-crews' }).svg, 'card-facts')).toEqual(['In 5 of its 14 incidents · led 56 or 55 laps (disputed) · finished 2nd']);
  });

  it('a longer quote is set smaller rather than cut, when it is the only one', () => {
    const { svg, quote } = renderer.draw(roval);
    expect(quote).not.toBeNull();
    expect(quote!.text.length).toBeGreaterThan(140);
    expect(drawnText(svg, 'card-quote')).toEqual([`“${quote!.text}”`]);
    expect(svg).not.toContain('…');
  });

  it("a race's card has its name, date, winner and champion", () => {
    const { svg, title, quote } = renderer.draw(phoenix);
    expect(title).toBe('2023 Craftsman 150');
    expect(quote).toBeNull();
    expect(drawnText(svg, 'card-title')).toEqual(['2023 Craftsman 150']);
    expect(drawnText(svg, 'card-where')[0]).toContain('Nov 3, 2023');
    expect(drawnText(svg, 'card-facts')[0]).toContain('Won by Christian Eckes');
    expect(drawnText(svg, 'card-facts')[0]).toContain('Champion: Ben Rhodes');
  });

  it("draws the app's Timeline, chart then cursor, at the incident's lap with the incident selected", () => {
    const { svg } = renderer.draw(spin);
    const chart = svg.indexOf('<svg class="timeline"');
    const cursor = svg.indexOf('<svg class="timeline-cursor"');
    expect(chart).toBeGreaterThan(0);
    expect(cursor).toBeGreaterThan(chart);
    expect(svg.slice(cursor)).toMatch(/class="cursor-pill__text"[^>]*>120</);
    expect(svg).toMatch(/class="marker marker--approximate marker--selected[^"]*" data-kind="contact"/);
  });

  it('leaves nothing resvg cannot draw: no custom properties, light-dark(), pseudo-classes or CSS transforms', () => {
    const { svg } = renderer.draw(spin);
    expect(svg).not.toMatch(/var\(|light-dark|:hover|:focus|translateX|@media/);
    // The style sheet still colours the incident kinds.
    expect(svg).toContain(".marker[data-kind='contact']");
  });

  it("a followed driver's card: their name, their race in our words, their own words, and the chart with their incidents ringed, the others greyed", () => {
    const { svg, title, quote } = renderer.draw(heim);
    expect(title).toBe('Corey Heim');
    expect(drawnText(svg, 'card-title')).toEqual(['Corey Heim']);
    expect(drawnText(svg, 'card-race')).toEqual(['Following · 2023 Craftsman 150 · Phoenix Raceway']);
    expect(drawnText(svg, 'card-facts')).toEqual(['In 10 of its 24 incidents · a title contender · led 47 laps · finished 18th']);
    expect(drawnText(svg, 'card-after-race')).toEqual(['Penalty, Nov 8, 2023: NASCAR penalises Heim for wrecking Hocevar']);
    expect(quote?.speaker).toBe('corey-heim');
    expect(drawnText(svg, 'card-quote')).toEqual([`“${quote!.text}”`]);
    expect(drawnText(svg, 'card-speaker')[0]).toMatch(/^— Corey Heim · /);
    // Ten rings, one per incident of his (each drawn once, in its lane), and the others greyed.
    expect(svg.match(/class="marker-follow-ring"/g)).toHaveLength(10);
    expect(svg).toMatch(/class="marker marker--[a-z]+ marker--dimmed" data-kind="contact"/);
    expect(svg).toContain('.marker.marker--dimmed{color:#6b7482}');
  });

  it("a followed driver with nothing quoted gets no quote, never someone's words about another incident", () => {
    const { svg, quote } = renderer.draw({ raceId: 'phoenix-2023', eventId: null, follow: 'derek-kraus' });
    expect(quote).toBeNull();
    expect(drawnText(svg, 'card-quote')).toEqual([]);
  });

  it('every race, incident, driver and comparison has a card whose text fits (drawing throws on a line wider than its room)', () => {
    // Each race, its incidents, every one of its drivers (those in no incident too) and its spoiler-free
    // page, and each pair of races compared, with and without spoilers.
    const races = [...dataset.races.values()];
    const pairs = (races.length * (races.length - 1)) / 2;
    expect(renderer.moments).toHaveLength(races.reduce((n, r) => n + 2 + r.events.length + r.drivers.length, 0) + 2 * pairs);
    expect(renderer.moments).toContainEqual({ raceId: 'phoenix-2023', eventId: null, noSpoilers: true });
    expect(renderer.moments).toContainEqual({ raceId: 'phoenix-2023', eventId: null, follow: 'lawless-alan' });
    expect(renderer.moments).toContainEqual(heim);
    expect(renderer.moments).toContainEqual(heimRoval);
    for (const moment of renderer.moments) {
      const { svg, quote } = renderer.draw(moment);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
      // A quote is never cut: an ellipsis may end our own words, never the words of a quote.
      if (quote) expect(drawnText(svg, 'card-quote')).toEqual([`“${quote.text}”`]);
    }
  });
});

describe('a comparison card', () => {
  /** The x and width of each timeline layer drawn on a card (the chart and its cursor, per race). */
  const layers = (svg: string) =>
    [...svg.matchAll(/<svg class="timeline(?:-cursor)?"[^>]*>/g)].map(([tag]) => ({ x: Number(/ x="([^"]+)"/.exec(tag)![1]), width: Number(/ width="([^"]+)"/.exec(tag)![1]) }));

  it('draws every pair of races on one axis: each panel at the same scale, the same x and width, whatever its height', () => {
    const compared = renderer.moments.filter((m) => m.compare);
    expect(compared.length).toBeGreaterThan(0);
    for (const moment of compared) {
      const found = layers(renderer.draw(moment).svg);
      expect(found, moment.compare!.join(' and ')).toHaveLength(4);
      expect(new Set(found.map((l) => l.x)).size, moment.compare!.join(' and ')).toBe(1);
      expect(new Set(found.map((l) => l.width)).size, moment.compare!.join(' and ')).toBe(1);
    }
  });
});

describe('renderCards', () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'lapline-cards-'));
  });
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('writes <race>.png, <race>/<incident>.png and <race>/follow/<driver>.png and returns their paths', async () => {
    const files = await renderCards({ outDir, moments: [phoenix, spin, heim] });
    expect(files).toEqual([join(outDir, 'phoenix-2023.png'), join(outDir, 'phoenix-2023', 'hocevar-spins-heim.png'), join(outDir, 'phoenix-2023', 'follow', 'corey-heim.png')]);
    expect(files).toEqual([phoenix, spin, heim].map((moment) => join(outDir, renderer.fileOf(moment))));
    for (const file of files) expect(pngSize(new Uint8Array(await readFile(file)))).toEqual({ width: 1200, height: 630 });
  }, 60_000);
});

describe('a spoiler-free card', () => {
  it('gives only what is known before the start: no winner, champion, laps run or incident', () => {
    for (const moment of renderer.moments.filter((m) => m.noSpoilers)) {
      const { svg, quote } = renderer.draw(moment);
      expect(quote).toBeNull();
      const text = svg.replace(/<[^>]+>/g, ' ');
      expect(text).toMatch(/no spoilers/i);
      for (const leak of [/Won by/, /Champion/, /Eckes|Rhodes|Heim wins/, /\b179\b/, /\b70 laps\b/]) expect(text).not.toMatch(leak);
    }
  });
});
