/**
 * The URL is the source of truth for what can be shared (DESIGN.md). `parseView` never throws:
 * anything it cannot use falls back to the nearest sensible view and is explained in `problems`,
 * which the app shows in a status notice. `serializeView` is its inverse.
 *
 * Parameters: race, lap, event, quote, spoilers=hide, zoom=<from>-<to>, lanes=driver, follow=<driver>. Unknown
 * parameters are ignored silently (links from other tools add tracking parameters). Defaults are
 * left out of a link, so a parsed view is a LinkView (state/view.ts fills it in).
 */
import { clamp } from '../lib/clamp';
import { MIN_ZOOM_SPAN, normaliseZoom, openingLap, sameZoom, type LapWindow } from '../data/laps';
import { TIMELINE_DEFAULTS, type LaneMode } from '../data/timelineView';
import { fillView, type Catalog, type LinkView, type View } from './view';

/** How much of a bad value the notice repeats: enough to recognise it, never a wall of text. */
const MAX_ECHO = 40;
const echo = (value: string) => (value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO)}…` : value);

/** The parameters a link may carry; any other is ignored silently (tracking parameters and the like). */
const KNOWN_PARAMS = ['race', 'lap', 'event', 'quote', 'spoilers', 'zoom', 'lanes', 'follow'] as const;

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
  const defaultRace = catalog.raceIds[0] ?? '';

  const raceParam = params.get('race');
  let race = defaultRace;
  if (raceParam !== null) {
    if (catalog.raceIds.includes(raceParam)) race = raceParam;
    else problems.push(`There is no race “${echo(raceParam)}”; showing ${catalog.races.get(defaultRace)?.name ?? 'the first race'} instead.`);
  }
  const spoilersParam = params.get('spoilers');
  const hideAhead = spoilersParam === 'hide';
  if (spoilersParam !== null && !hideAhead) problems.push(`The spoilers “${echo(spoilersParam)}” is not “hide”; showing the whole race.`);
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

  const quoteParam = params.get('quote');
  let quote: string | null = null;
  if (quoteParam !== null) {
    if (catalog.quoteIds.has(quoteParam)) quote = quoteParam;
    else problems.push(`There is no quote “${echo(quoteParam)}”; the article reader stays closed.`);
  }
  const zoom = parseZoom(params.get('zoom'), info, problems);
  const follow = parseFollow(params.get('follow'), info, catalog, problems);
  return { view: { race, lap, event, quote, hideAhead, ...(follow !== null && { follow }), ...timelineView(zoom, lanes) }, problems };
}

/**
 * Reads `follow=<driver-id>`: a driver of this race. A driver of another race only (driver ids are
 * shared across races: data/dataset.ts checks) is named in the notice; an unknown id is repeated.
 */
function parseFollow(param: string | null, info: { name: string; drivers: ReadonlyMap<string, string> }, catalog: Catalog, problems: string[]): string | null {
  if (param === null) return null;
  if (info.drivers.has(param)) return param;
  const elsewhere = [...catalog.races.values()].find((race) => race.drivers.has(param))?.drivers.get(param);
  problems.push(
    elsewhere !== undefined
      ? `${elsewhere} did not race in the ${info.name}; no driver is followed.`
      : `There is no driver “${echo(param)}”; no driver is followed.`,
  );
  return null;
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
    a.follow === b.follow
  );
}

/** How the browser history takes a change of view. */
export type HistoryEntry = 'push' | 'replace';

/**
 * How a change of view enters the browser history, decided from what changed: choosing a race, an
 * incident or a quote, and following a driver or no longer following one, push an entry (Back
 * returns to the one before); scrubbing, zooming, lanes, no-spoilers and closing the reader only
 * replace the current one.
 */
export function historyEntryFor(previous: View, next: View): HistoryEntry {
  // Closing the article reader replaces: a pushed "closed" entry would make Back reopen the article.
  const openedQuote = next.quote !== null && next.quote !== previous.quote;
  return previous.race !== next.race || previous.event !== next.event || previous.follow !== next.follow || openedQuote ? 'push' : 'replace';
}
