/**
 * The URL is the source of truth for what can be shared (DESIGN.md). `parseView` never throws:
 * anything it cannot use falls back to the nearest sensible view and is explained in `problems`,
 * which the app shows in a status notice. `serializeView` is its inverse.
 *
 * Parameters: race, lap, event, quote, spoilers=hide. Unknown parameters are ignored silently
 * (links from other tools add tracking parameters).
 */
import { clamp } from '../lib/clamp';
import type { Catalog, View } from './view';

/** How much of a bad value the notice repeats: enough to recognise it, never a wall of text. */
const MAX_ECHO = 40;
const echo = (value: string) => (value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO)}…` : value);

/** Parses a query string (with or without "?") into a valid view plus reader-facing problems. */
export function parseView(search: string, catalog: Catalog): { view: View; problems: string[] } {
  const problems: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const defaultRace = catalog.raceIds[0] ?? '';

  const raceParam = params.get('race');
  let race = defaultRace;
  if (raceParam !== null) {
    if (catalog.raceIds.includes(raceParam)) race = raceParam;
    else problems.push(`There is no race “${echo(raceParam)}”; showing ${catalog.races.get(defaultRace)?.name ?? 'the first race'} instead.`);
  }
  const hideAhead = params.get('spoilers') === 'hide';
  const info = catalog.races.get(race);
  if (!info) {
    // The race exists but its data failed to load: the error card explains; nothing else applies.
    return { view: { race, lap: 1, event: null, quote: null, hideAhead }, problems };
  }

  const eventParam = params.get('event');
  let event: string | null = null;
  if (eventParam !== null && eventParam !== '') {
    if (info.eventLaps.has(eventParam)) event = eventParam;
    else problems.push(`There is no incident “${echo(eventParam)}” in ${info.name}; no incident is selected.`);
  }

  const defaultLap = event !== null ? (info.eventLaps.get(event) ?? info.lapsRun) : hideAhead ? 1 : info.lapsRun;
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
  if (quoteParam !== null && quoteParam !== '') {
    if (catalog.quoteIds.has(quoteParam)) quote = quoteParam;
    else problems.push(`There is no quote “${echo(quoteParam)}”; the article reader stays closed.`);
  }
  return { view: { race, lap, event, quote, hideAhead }, problems };
}

/** Writes a view as a query string, starting with "?"; parameters always in the same order. */
export function serializeView(view: View): string {
  const params = new URLSearchParams();
  params.set('race', view.race);
  params.set('lap', String(view.lap));
  if (view.event !== null) params.set('event', view.event);
  if (view.quote !== null) params.set('quote', view.quote);
  if (view.hideAhead) params.set('spoilers', 'hide');
  return `?${params.toString()}`;
}

/** True when two views would serialize to the same link. */
export function sameView(a: View, b: View): boolean {
  return a.race === b.race && a.lap === b.lap && a.event === b.event && a.quote === b.quote && a.hideAhead === b.hideAhead;
}
