/**
 * The URL is the source of truth for what can be shared (DESIGN.md). `parseView` never throws:
 * anything it cannot use falls back to the nearest sensible view and is explained in `problems`,
 * which the app shows in a status notice. `serializeView` is its inverse.
 *
 * Parameters: race, lap, event, quote, spoilers=hide, zoom=<from>-<to>, lanes=driver, follow=<driver>,
 * and for two races on one axis compare=<race>,<race>, align=togo and at= (state/compare.ts). Unknown
 * parameters are ignored silently (links from other tools add tracking parameters). Defaults are
 * left out of a link, so a parsed view is a LinkView (state/view.ts fills it in).
 */
import { clamp } from '../lib/clamp';
import { MIN_ZOOM_SPAN, normaliseZoom, openingLap, sameZoom, type LapWindow } from '../data/laps';
import { TIMELINE_DEFAULTS, type LaneMode } from '../data/timelineView';
import { fillView, type Catalog, type LinkView, type View } from './view';
import { driverNameIn, notFollowedNotice } from './follow';
import { DEFAULT_ALIGNMENT, formatAt, lapInCompare, parseAt, parseComparePair, positionAtLap, stepsOf, withLapAtCursor, type CompareView } from './compare';
import { nearestStep } from '../data/align';
import { isAhead, readSpoilers } from '../data/spoilers';

/** How much of a bad value the notice repeats: enough to recognise it, never a wall of text. */
const MAX_ECHO = 40;
const echo = (value: string) => (value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO)}…` : value);

/** The parameters a link may carry; any other is ignored silently (tracking parameters and the like). */
const KNOWN_PARAMS = ['race', 'lap', 'event', 'quote', 'spoilers', 'zoom', 'lanes', 'follow', 'compare', 'align', 'at'] as const;

/**
 * Every known parameter at most once and never empty: a repeated one keeps its first value, an
 * empty one is dropped, and each is reported, so no part of a link is ignored without a word.
 */
function cleanParams(raw: URLSearchParams, problems: string[]): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of KNOWN_PARAMS) {
    const values = raw.getAll(name);
    if (values.length === 0) continue;
    const first = values[0]!;
    if (values.length > 1) problems.push(`The link gives “${name}” ${values.length} times; only the first (“${echo(first)}”) is used.`);
    if (first.trim() === '') problems.push(`The link’s “${name}” has no value; it is ignored.`);
    else params.set(name, first);
  }
  return params;
}

/** The race a link that names none opens: the front page's race (chosen in the data), else the first. */
export function defaultRaceOf(catalog: Pick<Catalog, 'raceIds' | 'frontPage'>): string {
  return catalog.frontPage !== undefined && catalog.raceIds.includes(catalog.frontPage) ? catalog.frontPage : (catalog.raceIds[0] ?? '');
}

/** Parses a query string (with or without "?") into a valid view plus reader-facing problems. */
export function parseView(search: string, catalog: Catalog): { view: LinkView; problems: string[] } {
  const problems: string[] = [];
  let raw: URLSearchParams;
  try {
    raw = new URLSearchParams(search);
  } catch {
    raw = new URLSearchParams();
  }
  const params = cleanParams(raw, problems);
  const defaultRace = defaultRaceOf(catalog);

  const compareParam = params.get('compare');
  const pair = compareParam !== null ? parseComparePair(compareParam, params.get('align'), catalog, problems, echo) : null;
  const raceParam = params.get('race');
  // A comparison's incident (and a bare `lap=`) is of the race the link names first, unless `race=` says otherwise.
  let race = pair ? pair.named : defaultRace;
  if (raceParam !== null) {
    if (pair && !pair.races.includes(raceParam)) problems.push(`The race “${echo(raceParam)}” is not one of the two compared; no incident of it can be selected.`);
    else if (catalog.raceIds.includes(raceParam)) race = raceParam;
    else problems.push(`There is no race “${echo(raceParam)}”; showing ${catalog.races.get(defaultRace)?.name ?? 'the first race'} instead.`);
  }
  const spoilersParam = params.get('spoilers');
  // Fails safe: anything but "show" hides what lies ahead (data/spoilers.ts).
  const spoilers = spoilersParam === null ? null : readSpoilers(spoilersParam);
  const hideAhead = spoilers?.setting === 'hide';
  if (spoilers && !spoilers.exact) {
    problems.push(
      hideAhead
        ? `The spoilers “${echo(spoilersParam!)}” is read as “hide”: what happens after the cursor is hidden.`
        : `The spoilers “${echo(spoilersParam!)}” is read as “show”: the whole race is shown.`,
    );
  }
  const lanesParam = params.get('lanes');
  let lanes: LaneMode = TIMELINE_DEFAULTS.lanes;
  if (lanesParam === 'driver' || lanesParam === 'kind') lanes = lanesParam;
  else if (lanesParam !== null) problems.push(`The lanes “${echo(lanesParam)}” are not “kind” or “driver”; grouping incidents by kind.`);
  const info = catalog.races.get(race);
  if (!info) {
    // The race exists but its data failed to load: the error card explains; nothing else applies.
    return { view: { race, lap: openingLap(info, hideAhead), event: null, quote: null, hideAhead, ...timelineView(null, lanes) }, problems };
  }

  const eventParam = params.get('event');
  let event: string | null = null;
  if (eventParam !== null) {
    if (info.eventLaps.has(eventParam)) event = eventParam;
    else problems.push(`There is no incident “${echo(eventParam)}” in ${info.name}; no incident is selected.`);
  }

  const defaultLap = event !== null ? (info.eventLaps.get(event) ?? info.lapsRun) : openingLap(info, hideAhead);
  const lapParam = params.get('lap');
  let lap = defaultLap;
  if (lapParam !== null) {
    const trimmed = lapParam.trim();
    const n = /^[+-]?\d{1,9}$/.test(trimmed) ? Number(trimmed) : NaN;
    if (Number.isNaN(n)) {
      problems.push(`The lap “${echo(lapParam)}” is not a lap number; showing lap ${defaultLap}.`);
    } else if (n < 1 || n > info.lapsRun) {
      lap = clamp(n, 1, info.lapsRun);
      problems.push(`${info.name} ran laps 1 to ${info.lapsRun}; lap ${n} is shown as lap ${lap}.`);
    } else {
      lap = n;
    }
  }
  // No spoilers: an incident after the lap asked for is not selected, and the notice does not name it.
  if (event !== null && isAhead({ hideAhead, lap }, info.eventLaps.get(event)!)) {
    problems.push(`The link selects an incident after lap ${lap}; with what happens after the cursor hidden, it is not shown.`);
    event = null;
  }

  const quoteParam = params.get('quote');
  let quote: string | null = null;
  if (quoteParam !== null) {
    if (catalog.quoteIds.has(quoteParam)) quote = quoteParam;
    else if (catalog.quotesUnavailable) problems.push(`The quotes could not be loaded, so the quote “${echo(quoteParam)}” cannot be opened; the article reader stays closed.`);
    else problems.push(`There is no quote “${echo(quoteParam)}”; the article reader stays closed.`);
  }
  const shown = pair ? pair.races : [race];
  const spokenOf = quote === null ? undefined : catalog.quoteEvents?.get(quote);
  if (spokenOf && !spokenOf.some((about) => shown.includes(about.race))) {
    problems.push(`The quote “${echo(quote!)}” is not about ${shown.map((id) => `the ${catalog.races.get(id)?.name ?? id}`).join(' or ')}; the article reader stays closed.`);
    quote = null;
  }
  if (pair) {
    if (params.has('zoom')) problems.push('Two races side by side are drawn whole; the zoom is left out.');
    let compare = parseCompareCursor({ races: pair.races, align: pair.align }, params.get('at'), lapParam !== null || event !== null ? lap : null, race, hideAhead, catalog, problems);
    // Laps to go tell how long each race ran: without spoilers the races are lined up by distance,
    // at the lap the link puts the current race on.
    if (hideAhead && compare.align === 'togo') {
      problems.push('Without spoilers the races are lined up by share of the distance: laps to go would tell how long each race ran.');
      const byDistance = { races: pair.races, align: 'distance' as const };
      compare = { ...byDistance, at: positionAtLap(catalog, byDistance, race, lapInCompare(catalog, compare, race)) };
    }
    // Two races: the driver may be in either (driver ids are shared across races).
    const both = pair.races.flatMap((id) => catalog.races.get(id) ?? []);
    const follow = parseFollow(params.get('follow'), both, catalog, problems);
    // The lap is the current race's at the shared cursor (withLapAtCursor, the rule perform applies to
    // every command's view): a `lap=` of the link has placed the cursor, when `at=` did not.
    return { view: withLapAtCursor({ race, lap, event, quote, hideAhead, ...(follow !== null && { follow }), ...timelineView(null, lanes), compare }, catalog), problems };
  }
  const unused = ['at', 'align'].filter((name) => params.has(name));
  if (unused.length > 0) problems.push(`The link’s ${unused.map((name) => `“${name}”`).join(' and ')} ${unused.length === 1 ? 'applies' : 'apply'} to two races compared; with one race shown, ${unused.length === 1 ? 'it is' : 'they are'} ignored.`);
  const zoom = parseZoom(params.get('zoom'), info, problems);
  const follow = parseFollow(params.get('follow'), [info], catalog, problems);
  return { view: { race, lap, event, quote, hideAhead, ...(follow !== null && { follow }), ...timelineView(zoom, lanes) }, problems };
}

/**
 * Reads `follow=<driver-id>`: a driver of the race shown (of either race, in a comparison). A driver
 * of another race only (driver ids are shared across races: data/dataset.ts checks) is named in the
 * notice; an unknown id is repeated.
 */
function parseFollow(param: string | null, shown: readonly { name: string; drivers: ReadonlyMap<string, string> }[], catalog: Catalog, problems: string[]): string | null {
  // No race to look in (it failed to load): its error card is all there is, nothing to follow.
  if (param === null || shown.length === 0) return null;
  if (shown.some((info) => info.drivers.has(param))) return param;
  const elsewhere = driverNameIn(catalog, param);
  problems.push(elsewhere !== undefined ? notFollowedNotice(elsewhere, shown.map((info) => info.name)) : `There is no driver “${echo(param)}”; no driver is followed.`);
  return null;
}

/**
 * Where a comparison's shared cursor is: `at=` if it reads, else the end of the lap the link names
 * (`lap=`, or the incident's), else the end of the race (the start in no-spoilers mode), as one race opens.
 */
function parseCompareCursor(
  pair: Pick<CompareView, 'races' | 'align'>,
  atParam: string | null,
  lap: number | null,
  race: string,
  hideAhead: boolean,
  catalog: Catalog,
  problems: string[],
): CompareView {
  const steps = stepsOf(catalog, pair);
  const fallback = lap !== null ? positionAtLap(catalog, pair, race, lap) : hideAhead ? steps[0]! : steps.at(-1)!;
  if (atParam === null) return { ...pair, at: fallback };
  const asked = parseAt(atParam, pair.align);
  if (asked === null) {
    const kind = pair.align === 'distance' ? 'a percentage of the distance, such as at=80' : 'a number of laps to go, such as at=30';
    problems.push(`The position “${echo(atParam)}” is not ${kind}; the cursor is at ${lap !== null ? 'the lap asked for' : 'the finish'}.`);
    return { ...pair, at: fallback };
  }
  // A position past either end goes to that end, and the notice says where the comparison ends (the
  // rounding of an address the app wrote, at=104.48 for 104.477…, is within it).
  const slack = pair.align === 'distance' ? 0.0001 : 0.5;
  const [first, last] = [steps[0]!, steps.at(-1)!];
  if (asked > last + slack) problems.push(`The position “${echo(atParam)}” is past the finish of both races (at=${formatAt(last, pair.align)}); the cursor is at the finish.`);
  else if (asked < first - slack) problems.push(`The position “${echo(atParam)}” is before the end of the first lap of either race (at=${formatAt(first, pair.align)}); the cursor is there.`);
  return { ...pair, at: steps[nearestStep(steps, asked)]! };
}

/** The timeline's part of a view as the link has it: the defaults are left out. */
function timelineView(zoom: LapWindow | null, lanes: LaneMode): Partial<Pick<View, 'zoom' | 'lanes'>> {
  return { ...(zoom !== TIMELINE_DEFAULTS.zoom && { zoom }), ...(lanes !== TIMELINE_DEFAULTS.lanes && { lanes }) };
}

/** Reads `zoom=<from>-<to>`: a reversed window is turned round silently; anything clamped or widened is reported. */
function parseZoom(param: string | null, info: { name: string; lapsRun: number }, problems: string[]): LapWindow | null {
  if (param === null) return null;
  const match = /^\s*(\d{1,9})\s*[-–]\s*(\d{1,9})\s*$/.exec(param);
  if (!match) {
    problems.push(`The zoom “${echo(param)}” is not a lap window such as 120-${info.lapsRun}; showing the whole race.`);
    return null;
  }
  const asked: LapWindow = [Math.min(Number(match[1]), Number(match[2])), Math.max(Number(match[1]), Number(match[2]))];
  const zoom = normaliseZoom(asked, info.lapsRun);
  // Only the exact whole race (1 to the last lap) is a silent "no zoom"; a window past either end is reported.
  const exactlyWhole = asked[0] === 1 && asked[1] === info.lapsRun;
  if (!sameZoom(zoom, asked) && !exactlyWhole) {
    const shown = zoom ? `laps ${zoom[0]} to ${zoom[1]}` : 'the whole race';
    problems.push(`${info.name} cannot zoom to laps ${asked[0]} to ${asked[1]} (it ran laps 1 to ${info.lapsRun}; a zoom spans at least ${MIN_ZOOM_SPAN + 1} laps); showing ${shown}.`);
  }
  return zoom;
}

/** Writes a view as a query string, starting with "?"; parameters always in the same order, defaults left out. */
export function serializeView(link: LinkView): string {
  const view = fillView(link);
  const params = new URLSearchParams();
  if (view.compare) {
    // Two races: the shared cursor stands for both laps, and `race` only says whose incident is selected.
    const { races, align, at } = view.compare;
    params.set('compare', races.join(','));
    if (align !== DEFAULT_ALIGNMENT) params.set('align', align);
    params.set('at', formatAt(at, align));
    if (view.race !== races[0]) params.set('race', view.race);
    if (view.event !== null) params.set('event', view.event);
    if (view.quote !== null) params.set('quote', view.quote);
    if (view.hideAhead) params.set('spoilers', 'hide');
    if (view.lanes !== TIMELINE_DEFAULTS.lanes) params.set('lanes', view.lanes);
    if (view.follow !== null) params.set('follow', view.follow);
    return `?${params.toString()}`;
  }
  params.set('race', view.race);
  params.set('lap', String(view.lap));
  if (view.event !== null) params.set('event', view.event);
  if (view.quote !== null) params.set('quote', view.quote);
  if (view.hideAhead) params.set('spoilers', 'hide');
  if (view.zoom) params.set('zoom', `${view.zoom[0]}-${view.zoom[1]}`);
  if (view.lanes !== TIMELINE_DEFAULTS.lanes) params.set('lanes', view.lanes);
  if (view.follow !== null) params.set('follow', view.follow);
  return `?${params.toString()}`;
}

/** True when two views would serialize to the same link. */
export function sameView(link: LinkView, other: LinkView): boolean {
  const a = fillView(link);
  const b = fillView(other);
  return (
    a.race === b.race &&
    a.lap === b.lap &&
    a.event === b.event &&
    a.quote === b.quote &&
    a.hideAhead === b.hideAhead &&
    sameZoom(a.zoom, b.zoom) &&
    a.lanes === b.lanes &&
    a.follow === b.follow &&
    sameCompare(a.compare, b.compare)
  );
}

/** True when two comparisons are the same races, lined up the same way, with the cursor at the same place. */
function sameCompare(a: CompareView | null, b: CompareView | null): boolean {
  if (a === null || b === null) return a === b;
  return a.races[0] === b.races[0] && a.races[1] === b.races[1] && a.align === b.align && a.at === b.at;
}

/** The comparison apart from its cursor, as a key: a change of it is a change of page. */
const comparedKey = (compare: CompareView | null) => (compare ? `${compare.races.join(',')}:${compare.align}` : '');

/** How the browser history takes a change of view. */
export type HistoryEntry = 'push' | 'replace';

/**
 * How a change of view enters the browser history, decided from what changed: choosing a race, an
 * incident or a quote, and following a driver or no longer following one, push an entry (Back
 * returns to the one before); scrubbing, zooming, lanes, no-spoilers and closing the reader only
 * replace the current one.
 */
export function historyEntryFor(before: LinkView, after: LinkView): HistoryEntry {
  const previous = fillView(before);
  const next = fillView(after);
  // Closing the article reader replaces: a pushed "closed" entry would make Back reopen the article.
  const openedQuote = next.quote !== null && next.quote !== previous.quote;
  // Opening or leaving a comparison, or lining it up another way, is a new page too; moving its cursor is not.
  const compared = comparedKey(previous.compare) !== comparedKey(next.compare);
  return previous.race !== next.race || previous.event !== next.event || previous.follow !== next.follow || openedQuote || compared ? 'push' : 'replace';
}
