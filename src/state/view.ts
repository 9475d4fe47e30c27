/** What a link can carry: the shareable part of the app's state. */
export type View = {
  race: string;
  lap: number;
  /** The selected incident, or null. */
  event: string | null;
  /** A quote opened in its article (the article reader), or null. */
  quote: string | null;
  /** When true, what happens after the cursor is hidden (no-spoilers mode). */
  hideAhead: boolean;
  /** The lap window the timeline is zoomed to; null or absent (the default, as in the link) = the whole race. */
  zoom?: LapWindow | null;
  /** How the timeline groups incidents into lanes; absent = 'kind' (the default, as in the link). */
  lanes?: LaneMode;
};

/** An inclusive lap window [from, to] with from < to. */
export type LapWindow = readonly [from: number, to: number];

/** Timeline lanes: one per kind of incident, or one per featured driver. */
export type LaneMode = 'kind' | 'driver';

/** The narrowest zoom: `to - from` is at least this many laps. */
export const MIN_ZOOM_SPAN = 5;

/**
 * Puts a lap window inside a race of `lapsRun` laps: whole laps, in order, clamped to the race and
 * widened (around its middle) to MIN_ZOOM_SPAN. Returns null for the whole race, or when the race is
 * too short to zoom into.
 */
export function normaliseZoom(window: readonly [number, number] | null | undefined, lapsRun: number): LapWindow | null {
  if (!window || lapsRun - 1 <= MIN_ZOOM_SPAN) return null;
  let from = Math.round(Math.min(window[0], window[1]));
  let to = Math.round(Math.max(window[0], window[1]));
  if (!Number.isFinite(from) || !Number.isFinite(to)) return null;
  from = Math.min(Math.max(from, 1), lapsRun);
  to = Math.min(Math.max(to, 1), lapsRun);
  if (to - from < MIN_ZOOM_SPAN) {
    from = Math.round((from + to) / 2 - MIN_ZOOM_SPAN / 2);
    from = Math.min(Math.max(from, 1), lapsRun - MIN_ZOOM_SPAN);
    to = from + MIN_ZOOM_SPAN;
  }
  return from <= 1 && to >= lapsRun ? null : [from, to];
}

/** True when two zoom windows (null = whole race) are the same. */
export function sameZoom(a: LapWindow | null | undefined, b: LapWindow | null | undefined): boolean {
  if (!a || !b) return (a ?? null) === (b ?? null);
  return a[0] === b[0] && a[1] === b[1];
}

/** What the URL parser needs to know about the races it may be asked for. */
export type Catalog = {
  /** Race ids in navigation order; the first is the default. */
  raceIds: string[];
  /** Loaded races: laps run and their event laps. Races missing here exist but failed to load. */
  races: ReadonlyMap<string, { name: string; lapsRun: number; eventLaps: ReadonlyMap<string, number> }>;
  quoteIds: ReadonlySet<string>;
};
