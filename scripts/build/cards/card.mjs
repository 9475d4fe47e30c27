// @ts-check
// One link-preview card (1200 × 630) as SVG text: a race, or an incident in a race, with the app's
// own timeline at that moment. Loaded through Vite (it imports the app's TypeScript).
import { dataset as bundledDataset } from '../../../src/data/load/bundledDataset.ts';
import { openingLap } from '../../../src/data/laps.ts';
import { cardFileOf, pagesOf } from '../../../src/data/pages.ts';
import { saidText } from '../../../src/data/quoteTiming.ts';
import { followFacts } from '../../../src/data/follow.ts';
import { afterRaceFor, afterRaceLine, momentQuote } from '../../../src/data/momentPreview.ts';
import { driverById, driverName, lapText, raceShortName, speakerName } from '../../../src/data/race.ts';
import { axisExtent, lapScaleAt } from '../../../src/data/align.ts';
import { formatIsoDate } from '../../../src/lib/dates.ts';
import { kindLabel } from '../../../src/timeline/lanes.ts';
import { markerPath } from '../../../src/timeline/shapes.ts';
import { chartStylesheet, serialize, themeOf, timelineLayers } from './chart.mjs';
import { escapeText, escapeXml, fitText, FONT_FAMILY, leadSentences, wrap } from './text.mjs';
/** @import { Dataset } from '../../../src/data/dataset.ts' */
/** @import { PreviewMoment } from '../../../src/data/momentPreview.ts' */
/** @import { Driver, Quote, Race, RaceEvent } from '../../../src/data/schema.ts' */
/** @import { CardFont, SizeOption } from './text.mjs' */

/** The cards' two faces (loadFont results). @typedef {{ regular: CardFont; bold: CardFont }} Fonts */
/**
 * Where and how a block of text is set: its font, the width it must fit, the first baseline, the
 * size, the colour, its class and any more attributes.
 * @typedef {{ font: CardFont; width: number; x: number; y: number; size: number; lineHeight: number; fill: string; cls: string; attrs?: string }} TextPlace
 */
/** A quote set whole: its lines (with the quotation marks) at a size. @typedef {{ quote: Quote; lines: string[]; size: number; lineHeight: number }} PickedQuote */
/** The top of a card: its SVG parts, where they end, and the quote drawn (if any). @typedef {{ parts: string[]; bottom: number; quote?: Quote | null }} CardHead */
/**
 * A moment that gets a card: a race's (`eventId` and `follow` null), an incident's, the race
 * followed by one driver (`follow`, a driver id), or two races compared (`compare`); `noSpoilers`
 * for a spoiler-free page's card. Every page's id (src/data/pages.ts) is one.
 * @typedef {{ raceId: string; eventId?: string | null; follow?: string | null; compare?: [string, string] | null; noSpoilers?: boolean }} Moment
 */
/** One card as drawn: the SVG, its title (the race's name, the incident's or the driver's), the quote it shows and the chart's scale. @typedef {{ svg: string; title: string; quote: Quote | null; scale: number }} DrawnCard */
/** The view a card's chart shows. @typedef {{ lap: number; event?: string | null; follow?: string | null; hideAhead?: boolean }} ChartView */

/** The card's size: the Open Graph image size most sites show uncropped. */
export const CARD = { width: 1200, height: 630 };
/** Width the Timeline is rendered at: the card less its side margins. */
export const CHART_WIDTH = 1120;
/** Sizes a quote may be set at, largest first: at most `maxLines` lines of `size` px. */
export const QUOTE_SIZES = [
  { size: 26, lineHeight: 34, maxLines: 2 },
  { size: 22, lineHeight: 29, maxLines: 2 },
  { size: 22, lineHeight: 29, maxLines: 3 },
];
/** Sizes an incident's title may be set at: one line at 42 or 36 px, else two (evened out) at 38. */
const TITLE_SIZES = [
  { size: 42, lineHeight: 50, maxLines: 1 },
  { size: 36, lineHeight: 44, maxLines: 1 },
  { size: 38, lineHeight: 46, maxLines: 2 },
];

const PAD = 40;
const TEXT_WIDTH = CARD.width - 2 * PAD;
const MARK_WIDTH = 148;
/** Room for text beside the mark, on the top lines. */
const HEAD_WIDTH = TEXT_WIDTH - MARK_WIDTH - 24;
/** The quote is indented past a bar in the incident's colour. */
const QUOTE_INDENT = 24;

const theme = themeOf();
const style = chartStylesheet(theme);
const C = {
  bg: theme.color('--bg'),
  surface: theme.color('--surface'),
  text: theme.color('--text'),
  muted: theme.color('--muted'),
  border: theme.color('--border'),
  masthead: theme.color('--masthead'),
  mastheadText: theme.color('--masthead-text'),
};
/** The masthead's amber (app.css has it as a literal, not a variable). */
const AMBER = '#fca311';
/** A kind's colour, as the chart's markers have it. @param {string} kind */
const kindColour = (kind) => theme.scoped.find((s) => s.property === '--kind' && s.selector === `[data-kind='${kind}']`)?.value ?? C.text;

/**
 * Every moment that gets a card: every page the build writes (src/data/pages.ts, the prerender's list too).
 * @param {Pick<Dataset, 'races'>} [dataset]
 */
export function momentsOf(dataset = bundledDataset) {
  return pagesOf(dataset);
}

/** Where a moment's card goes under the cards' folder (src/data/pages.ts, beside the page's path). */
export { cardFileOf };

/**
 * Lines of text, one <tspan> each, from a first baseline `y`, `lineHeight` apart. Every line is
 * measured against `width` once more here: a card whose text would overflow is an error, not a
 * picture with text cut off.
 * @param {string[]} lines
 * @param {TextPlace} place
 * @returns {string}
 */
function textBlock(lines, { font, width, x, y, size, lineHeight, fill, cls, attrs = '' }) {
  for (const line of lines) {
    if (font.measure(line, size) > width + 0.5) throw new Error(`card text wider than its ${width} px: ${line}`);
  }
  const spans = lines.map((line, i) => `<tspan x="${x}" y="${y + i * lineHeight}">${escapeText(line)}</tspan>`).join('');
  return `<text class="${cls}" font-size="${size}" font-weight="${font.weight}" fill="${fill}"${attrs}>${spans}</text>`;
}

/**
 * One line of text, shortened with an ellipsis if it must be (our own words only, never a quote).
 * @param {string} text
 * @param {Omit<TextPlace, 'lineHeight' | 'attrs'>} place
 */
function line(text, { font, width, x, y, size, fill, cls }) {
  return textBlock(wrap(text, { font, size, width, maxLines: 1 }).lines, { font, width, x, y, size, lineHeight: 0, fill, cls });
}

/** The "Lapline" mark, top right: the masthead's navy and amber. @param {CardFont} font */
function mark(font) {
  const x = CARD.width - PAD - MARK_WIDTH;
  return (
    `<g class="card-mark"><rect x="${x}" y="${PAD - 6}" width="${MARK_WIDTH}" height="40" rx="8" fill="${C.masthead}"/>` +
    `<line x1="${x + 20}" x2="${x + 20}" y1="${PAD + 2}" y2="${PAD + 26}" stroke="${AMBER}" stroke-width="4" stroke-linecap="round"/>` +
    textBlock(['Lapline'], { font, width: MARK_WIDTH - 40, x: x + 34, y: PAD + 22, size: 22, lineHeight: 0, fill: C.mastheadText, cls: 'card-mark__name' }) +
    `</g>`
  );
}

/**
 * The moment's quote (src/data/momentPreview.ts: the one rule that picks it for the page's
 * description too) set whole, verbatim, at the largest of `sizes` it fits at: an incident's
 * (`{ eventId }`) or a followed driver's (`{ driverId }`). Returns `{ quote, lines, size, lineHeight }`
 * (the lines include the quotation marks), or null when the moment has none. A quote the rule picks
 * but the card cannot draw whole is an error, not a different quote: the two previews never differ.
 * @param {Dataset} dataset
 * @param {Race} race
 * @param {PreviewMoment} moment
 * @param {{ font: CardFont; width: number; sizes?: SizeOption[] }} options
 * @returns {PickedQuote | null}
 */
export function pickQuote(dataset, race, moment, { font, width, sizes = QUOTE_SIZES }) {
  const quote = momentQuote(dataset, race, moment);
  if (!quote) return null;
  if (!font.covers(quote.text)) throw new Error(`the card font cannot draw quote ${quote.id}, the moment's quote for ${race.id}`);
  for (const option of sizes) {
    const { lines, complete } = wrap(`“${quote.text}”`, { font, size: option.size, width, maxLines: option.maxLines, ellipsis: false });
    if (complete) return { quote, lines, size: option.size, lineHeight: option.lineHeight };
  }
  throw new Error(`quote ${quote.id}, the moment's quote for ${race.id}, does not fit its card whole`);
}

/**
 * The record after the flag that concerns a moment, one line each in our own words ("Penalty, Nov 8,
 * 2023: NASCAR penalises Heim for wrecking Hocevar"), from baseline `y`, into `parts`. Returns the
 * last line's baseline, or null when there is none.
 * @param {Race} race
 * @param {PreviewMoment} moment
 * @param {{ fonts: Fonts; x: number; y: number; width: number; parts: string[] }} place
 * @returns {number | null}
 */
function afterRaceLines(race, moment, { fonts, x, y, width, parts }) {
  /** @type {number | null} */
  let last = null;
  for (const item of afterRaceFor(race, moment)) {
    parts.push(line(afterRaceLine(item), { font: fonts.bold, width, x, y, size: 20, fill: C.text, cls: 'card-after-race' }));
    last = y;
    y += 28;
  }
  return last;
}

/** "Lap 120 of 179", with how sure the lap is when it is not exact. @param {RaceEvent} event @param {Race} race */
function lapLine(event, race) {
  const of = `Lap ${event.lap} of ${race.lapsRun}`;
  if (event.certainty === 'exact') return of;
  const [from, to] = event.lapRange ?? [event.lap, event.lap];
  return from !== to ? `${of} · ${event.certainty} (${lapText(event)})` : `${of} · ${event.certainty} lap`;
}

/**
 * Removes every node under `node` for which `drop` is true.
 * @param {import('./chart.mjs').XmlNode} node
 * @param {(node: import('./chart.mjs').XmlNode) => boolean} drop
 */
function removeAll(node, drop) {
  if (!node.children) return;
  node.children = node.children.filter((child) => !drop(child));
  for (const child of node.children) removeAll(child, drop);
}

/**
 * The chart panel: the app's timeline (both layers, cursor on top) on the surface colour, set on
 * the card's bottom margin and scaled down when it is taller than the room under `top`. The zoom
 * overview strip under the axis is left out: it is a control, and repeats the whole race.
 * @param {Dataset} dataset
 * @param {Race} race
 * @param {ChartView} view
 * @param {number} top
 * @param {{ lapWindow?: import('../../../src/data/laps.ts').LapWindow; bottom?: number; scale?: number }} [options]
 * @returns {{ svg: string; scale: number }}
 */
function chartPanel(dataset, race, view, top, { lapWindow, bottom = CARD.height - PAD / 2, scale: shared } = {}) {
  const { width, height: drawn, layers } = timelineLayers(dataset, race, view, CHART_WIDTH, lapWindow);
  const [chart, cursor] = layers;
  const overview = chart.children.find((n) => n.attrs?.get('class') === 'overview');
  const overviewTop = Number(overview?.children?.find((n) => n.attrs?.get('class') === 'overview-bg')?.attrs?.get('y'));
  // On a fixed window (a comparison) the Timeline draws no overview: the whole drawing is the chart.
  if (!lapWindow && (!overview || !Number.isFinite(overviewTop))) throw new Error('the Timeline drew no zoom overview where the card expects one');
  const height = lapWindow ? drawn : overviewTop - 4;
  removeAll(chart, (n) => n === overview);
  // The cursor's line on the overview goes with it.
  removeAll(cursor, (n) => /(?:^| )cursor-line--overview(?: |$)/.test(n.attrs?.get('class') ?? ''));
  // So does the no-spoilers veil over it (it would hang below the card's panel).
  removeAll(cursor, (n) => /(?:^| )spoiler-veil__shade(?: |$)/.test(n.attrs?.get('class') ?? '') && Number(n.attrs?.get('y')) >= overviewTop);
  const inner = 10;
  // `shared`: one scale for several panels (a comparison), so that a lap's share of the distance is
  // at one x in every panel; it is at most each one's own fit, the smallest of them.
  const scale = shared ?? Math.min(1, (bottom - top - 2 * inner) / height, CHART_WIDTH / width);
  const w = width * scale;
  const h = height * scale;
  const x = (CARD.width - w) / 2;
  const y = bottom - inner - h;
  const panel = `<rect class="card-panel" x="${PAD - inner}" y="${y - inner}" width="${TEXT_WIDTH + 2 * inner}" height="${h + 2 * inner}" rx="10" fill="${C.surface}" stroke="${C.border}"/>`;
  const placed = layers.map((layer) => {
    // Not clipped, as in the app (.timeline { overflow: visible }): nothing is drawn outside now.
    const at = { x, y, width: w, height: h, viewBox: `0 0 ${width} ${height}`, overflow: 'visible' };
    for (const [key, value] of Object.entries(at)) layer.attrs.set(key, String(value));
    return serialize(layer);
  });
  return { svg: panel + placed.join(''), scale };
}

/**
 * The top of an incident's card: race, lap and kind, title, and a quote (or what happened). Returns `{ parts, bottom, quote }`.
 * @param {Dataset} dataset
 * @param {Race} race
 * @param {RaceEvent} event
 * @param {Fonts} fonts
 * @returns {CardHead}
 */
function incidentHead(dataset, race, event, fonts) {
  /** @type {string[]} */
  const parts = [];
  parts.push(line(`${race.name} · ${race.track.name}`, { font: fonts.bold, width: HEAD_WIDTH, x: PAD, y: PAD + 20, size: 22, fill: C.muted, cls: 'card-race' }));
  // The incident's own marker shape and colour, as on the chart, before its lap.
  const colour = kindColour(event.kind);
  parts.push(`<path class="card-kind" transform="translate(${PAD + 9},${PAD + 53})" d="${markerPath(event.kind, 8)}" fill="${colour}"/>`);
  parts.push(line(`${lapLine(event, race)} · ${kindLabel(event.kind)}`, { font: fonts.regular, width: HEAD_WIDTH - 28, x: PAD + 28, y: PAD + 61, size: 22, fill: C.text, cls: 'card-lap' }));

  const title = fitText(event.title, { font: fonts.bold, width: TEXT_WIDTH, sizes: TITLE_SIZES });
  let y = PAD + 122;
  parts.push(textBlock(title.lines, { font: fonts.bold, width: TEXT_WIDTH, x: PAD, y, ...title, fill: C.text, cls: 'card-title' }));
  y += (title.lines.length - 1) * title.lineHeight + 48;

  // Under a two-line title the quote gets two lines at most, so the chart keeps its room.
  const sizes = title.lines.length > 1 ? QUOTE_SIZES.filter((o) => o.maxLines <= 2) : QUOTE_SIZES;
  const quoteWidth = TEXT_WIDTH - QUOTE_INDENT;
  const moment = { eventId: event.id };
  const picked = pickQuote(dataset, race, moment, { font: fonts.regular, width: quoteWidth, sizes });
  if (!picked) {
    // No quote to show: what happened, in our own words (never in quotation marks).
    const what = leadSentences(event.description, { font: fonts.regular, size: 24, width: TEXT_WIDTH, maxLines: 2 });
    parts.push(textBlock(what.lines, { font: fonts.regular, width: TEXT_WIDTH, x: PAD, y, size: 24, lineHeight: 32, fill: C.muted, cls: 'card-description' }));
    const bottom = y + (what.lines.length - 1) * 32 + 24;
    const last = afterRaceLines(race, moment, { fonts, x: PAD, y: bottom + 34, width: TEXT_WIDTH, parts });
    return { parts, bottom: last === null ? bottom : last + 6, quote: null };
  }
  const block = quoteBlock(dataset, race, picked, { fonts, y, colour, parts });
  // What came after the flag (a penalty, what a record became), under the quote, so the preview does not stop at a denial.
  const last = afterRaceLines(race, moment, { fonts, x: PAD + QUOTE_INDENT, y: block.bottom + 10, width: quoteWidth, parts });
  return { parts, bottom: last === null ? block.bottom : last + 6, quote: picked.quote };
}

/**
 * A picked quote set under a bar of `colour` from baseline `y`, with its speaker and when it was said. Returns `{ parts, bottom }`.
 * @param {Dataset} dataset
 * @param {Race} race
 * @param {PickedQuote} picked
 * @param {{ fonts: Fonts; y: number; colour: string; parts: string[] }} place
 * @returns {CardHead}
 */
function quoteBlock(dataset, race, { quote, lines, size, lineHeight }, { fonts, y, colour, parts }) {
  const quoteWidth = TEXT_WIDTH - QUOTE_INDENT;
  const speaker = speakerName(dataset, quote.speaker);
  const who = `— ${quote.kind === 'post' ? `Post by ${speaker}` : speaker} · ${saidText(quote, dataset.articles.get(quote.article), race)}`;
  const blockHeight = (lines.length - 1) * lineHeight;
  parts.push(`<rect class="card-quote-bar" x="${PAD}" y="${y - size}" width="5" height="${blockHeight + size + 40}" rx="2" fill="${colour}"/>`);
  parts.push(textBlock(lines, { font: fonts.regular, width: quoteWidth, x: PAD + QUOTE_INDENT, y, size, lineHeight, fill: C.text, cls: 'card-quote', attrs: ` data-quote="${escapeXml(quote.id)}"` }));
  y += blockHeight + 34;
  parts.push(line(who, { font: fonts.regular, width: quoteWidth, x: PAD + QUOTE_INDENT, y, size: 20, fill: C.muted, cls: 'card-speaker' }));
  return { parts, bottom: y + 24 };
}

/**
 * The top of a followed driver's card: "Following" with the ring the chart draws round their
 * incidents, the race, the driver's name, their race in a few facts (our words), what came after the
 * flag for them, and the moment's quote: their own words about this race, none when they have none
 * (never someone else's words about them). Returns `{ parts, bottom, quote }`.
 * @param {Dataset} dataset
 * @param {Race} race
 * @param {Driver} driver
 * @param {Fonts} fonts
 * @returns {CardHead}
 */
function followHead(dataset, race, driver, fonts) {
  /** @type {string[]} */
  const parts = [];
  parts.push(`<circle class="card-follow-ring" cx="${PAD + 9}" cy="${PAD + 13}" r="9" fill="none" stroke="${C.text}" stroke-width="2.5"/>`);
  parts.push(`<circle cx="${PAD + 9}" cy="${PAD + 13}" r="4.5" fill="${C.text}"/>`);
  parts.push(line(`Following · ${race.name} · ${race.track.name}`, { font: fonts.bold, width: HEAD_WIDTH - 28, x: PAD + 28, y: PAD + 20, size: 22, fill: C.muted, cls: 'card-race' }));
  const title = fitText(driver.name, { font: fonts.bold, width: HEAD_WIDTH, sizes: TITLE_SIZES });
  let y = PAD + 78;
  parts.push(textBlock(title.lines, { font: fonts.bold, width: HEAD_WIDTH, x: PAD, y, ...title, fill: C.text, cls: 'card-title' }));
  y += (title.lines.length - 1) * title.lineHeight + 40;
  const known = followFacts(race, driver.id);
  if (!known) throw new Error(`no driver ${driver.id} in ${race.id}`);
  const facts = known.join(' · ');
  parts.push(line(facts.charAt(0).toUpperCase() + facts.slice(1), { font: fonts.regular, width: TEXT_WIDTH, x: PAD, y, size: 24, fill: C.text, cls: 'card-facts' }));
  const moment = { driverId: driver.id };
  // What came after the flag for them (a penalty, what a record became), under their race in facts.
  const last = afterRaceLines(race, moment, { fonts, x: PAD, y: y + 34, width: TEXT_WIDTH, parts });
  y = (last ?? y) + 58;
  const picked = pickQuote(dataset, race, moment, { font: fonts.regular, width: TEXT_WIDTH - QUOTE_INDENT, sizes: QUOTE_SIZES.filter((o) => o.maxLines <= 2) });
  if (!picked) return { parts, bottom: y - 30, quote: null };
  return { ...quoteBlock(dataset, race, picked, { fonts, y, colour: C.text, parts }), quote: picked.quote };
}

/**
 * The top of a race's card: series, name, where and when, winner (and champion) and laps; or, for its
 * spoiler-free page (`noSpoilers`), only what is known before the start. Returns `{ parts, bottom }`.
 * @param {Race} race
 * @param {Fonts} fonts
 * @returns {CardHead}
 */
function raceHead(race, fonts, noSpoilers = false) {
  /** @type {string[]} */
  const parts = [];
  parts.push(line(race.series, { font: fonts.bold, width: HEAD_WIDTH, x: PAD, y: PAD + 20, size: 22, fill: C.muted, cls: 'card-series' }));
  const name = wrap(race.name, { font: fonts.bold, size: 52, width: HEAD_WIDTH, maxLines: 2 });
  let y = PAD + 84;
  parts.push(textBlock(name.lines, { font: fonts.bold, width: HEAD_WIDTH, x: PAD, y, size: 52, lineHeight: 60, fill: C.text, cls: 'card-title' }));
  y += (name.lines.length - 1) * 60 + 44;
  const where = `${race.track.name}, ${race.track.location} · ${formatIsoDate(race.date)}`;
  parts.push(line(where, { font: fonts.regular, width: TEXT_WIDTH, x: PAD, y, size: 26, fill: C.text, cls: 'card-where' }));
  y += 40;
  const laps = race.lapsRun === race.scheduledLaps ? `${race.lapsRun} laps` : `${race.lapsRun} laps (${race.scheduledLaps} scheduled)`;
  const champion = race.champion ? [`Champion: ${driverName(race, race.champion)}`] : [];
  const told = noSpoilers ? ['No spoilers', `${race.scheduledLaps} laps scheduled`, 'relive it from the green flag'] : [`Won by ${driverName(race, race.winner)}`, ...champion, laps];
  const facts = wrap(told.join(' · '), { font: fonts.bold, size: 26, width: TEXT_WIDTH, maxLines: 2 });
  parts.push(textBlock(facts.lines, { font: fonts.bold, width: TEXT_WIDTH, x: PAD, y, size: 26, lineHeight: 34, fill: C.text, cls: 'card-facts' }));
  return { parts, bottom: y + (facts.lines.length - 1) * 34 + 26 };
}

/**
 * The card of a moment (`eventId` null for the race's own card) as SVG text, with what it shows:
 * `{ svg, title, quote, scale }`: `quote` is the Quote drawn (or null), `scale` the chart's.
 * `fonts` are loadFont() results, `{ regular, bold }`.
 * @param {Moment} moment
 * @param {{ fonts: Fonts; dataset?: Dataset }} options
 * @returns {DrawnCard}
 */
export function cardSvg({ raceId, eventId = null, follow = null, compare = null, noSpoilers = false }, { fonts, dataset = bundledDataset }) {
  if (compare) return compareCardSvg(compare, { fonts, dataset, noSpoilers });
  const race = dataset.races.get(raceId);
  if (!race) throw new Error(`no race ${raceId}`);
  const event = eventId === null ? null : race.events.find((e) => e.id === eventId);
  if (eventId !== null && !event) throw new Error(`no incident ${eventId} in ${raceId}`);
  const driver = follow === null ? null : driverById(race, follow);
  if (follow !== null && !driver) throw new Error(`no driver ${follow} in ${raceId}`);
  const head = event ? incidentHead(dataset, race, event, fonts) : driver ? followHead(dataset, race, driver, fonts) : raceHead(race, fonts, noSpoilers);
  // The view a link to that moment opens on: the incident selected at its lap, or the race as it opens (following the driver).
  const view = event ? { lap: event.lap, event: event.id } : { lap: openingLap(race, noSpoilers), event: null, follow, hideAhead: noSpoilers };
  const chart = chartPanel(dataset, race, view, head.bottom);
  const title = event ? event.title : driver ? driver.name : race.name;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}" font-family="${FONT_FAMILY}">` +
    `<title>${escapeText(event ? `${race.name}: ${event.title}` : driver ? `${race.name}: following ${driver.name}` : noSpoilers ? `${race.name}, without spoilers` : race.name)}</title>` +
    `<style>${style}</style>` +
    `<rect class="card-bg" width="${CARD.width}" height="${CARD.height}" fill="${C.bg}"/>` +
    head.parts.join('') +
    mark(fonts.bold) +
    chart.svg +
    `</svg>`;
  return { svg, title, quote: head.quote ?? null, scale: chart.scale };
}

/**
 * The card of a comparison: the two races named, how they are lined up, and both timelines on the
 * shared axis (by share of the scheduled distance, as the comparison's page opens), one above the other.
 * @param {[string, string]} pair
 * @param {{ fonts: Fonts; dataset: Dataset; noSpoilers?: boolean }} options
 * @returns {DrawnCard}
 */
function compareCardSvg(pair, { fonts, dataset, noSpoilers = false }) {
  const found = pair.map((id) => dataset.races.get(id));
  if (!found.every((r) => r !== undefined)) throw new Error(`no race in ${pair.join(', ')}`);
  const races = found;
  const aligned = races.map((r) => ({ lapsRun: r.lapsRun, scheduledLaps: r.scheduledLaps }));
  const extent = axisExtent(aligned, 'distance');
  const title = `${raceShortName(races[0])} and ${raceShortName(races[1])}`;
  /** @type {string[]} */
  const parts = [];
  parts.push(
    line(noSpoilers ? 'Side by side on Lapline · no spoilers · from the green flag' : 'Side by side on Lapline · lined up by share of the scheduled distance', { font: fonts.bold, width: HEAD_WIDTH, x: PAD, y: PAD + 20, size: 22, fill: C.muted, cls: 'card-series' }),
  );
  parts.push(line(title, { font: fonts.bold, width: TEXT_WIDTH, x: PAD, y: PAD + 66, size: 38, fill: C.text, cls: 'card-title' }));
  const top = PAD + 84;
  const gap = 14;
  const half = (CARD.height - PAD / 2 - top - gap) / 2;
  /** @param {Race} race @param {number} i @param {number} [scale] */
  const panelOf = (race, i, scale) => {
    /** @type {import('../../../src/data/laps.ts').LapWindow} */
    const lapWindow = [lapScaleAt(aligned[i], extent[0], 'distance'), lapScaleAt(aligned[i], extent[1], 'distance')];
    const panelTop = top + i * (half + gap);
    const view = noSpoilers ? { lap: 1, event: null, hideAhead: true } : { lap: race.lapsRun, event: null };
    return chartPanel(dataset, race, view, panelTop + 28, { lapWindow, bottom: panelTop + half, scale });
  };
  // One axis: both panels at the scale that fits the taller one (each fitted alone, a chart with fewer
  // rows would be drawn larger, and its scheduled finish would not sit above the other's).
  const shared = Math.min(...races.map((race, i) => panelOf(race, i).scale));
  const panels = races.map((race, i) => panelOf(race, i, shared));
  const names = races.map((race, i) =>
    line(race.name, { font: fonts.bold, width: TEXT_WIDTH, x: PAD, y: top + i * (half + gap) + 20, size: 20, fill: C.text, cls: 'card-race-name' }),
  );
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}" font-family="${FONT_FAMILY}">` +
    `<title>${escapeText(`${races[0].name} and ${races[1].name}, side by side${noSpoilers ? ', without spoilers' : ''}`)}</title>` +
    `<style>${style}</style>` +
    `<rect class="card-bg" width="${CARD.width}" height="${CARD.height}" fill="${C.bg}"/>` +
    parts.join('') +
    mark(fonts.bold) +
    panels.map((p) => p.svg).join('') +
    names.join('') +
    `</svg>`;
  return { svg, title, quote: null, scale: Math.min(...panels.map((p) => p.scale)) };
}
