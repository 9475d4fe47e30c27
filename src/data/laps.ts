/**
 * Lap windows: the laps a timeline shows (null = the whole race), kept inside a race, compared,
 * slid and scaled. Pure race arithmetic, shared by the URL, the store and the timeline layout.
 */
import { bisectRight } from 'd3';
import { clamp } from '../lib/clamp';
import type { Race } from './schema';

/** How far the cursor has got: how many of `laps` (in ascending order) are on or before `lap`. */
export function countUpTo(laps: readonly number[], lap: number): number {
  return bisectRight(laps, lap);
}

/**
 * The lap a race opens on when nothing else is asked for: the last lap (the whole story), or lap 1
 * when spoilers are hidden; lap 1 too for a race whose data did not load.
 */
export function openingLap(race: { lapsRun: number } | undefined, hideAhead: boolean): number {
  return race && !hideAhead ? race.lapsRun : 1;
}

/** An inclusive lap window [from, to] with from < to. */
export type LapWindow = readonly [from: number, to: number];

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

/** The laps on screen: the zoom window, or the whole race. */
export function visibleWindow(zoom: LapWindow | null, lapsRun: number): LapWindow {
  return zoom ?? [1, lapsRun];
}

/** A window `span` laps wide starting near `from`, slid (not shrunk) to fit inside the race. */
export function fitWindow(from: number, span: number, lapsRun: number): LapWindow | null {
  if (span >= lapsRun - 1) return null;
  const start = clamp(Math.round(from), 1, lapsRun - Math.round(span));
  return normaliseZoom([start, start + Math.round(span)], lapsRun);
}

/** Scales the window by `factor` around `focus`, which keeps its place on screen when it is inside the window. */
function rescale(zoom: LapWindow | null, focus: number, lapsRun: number, factor: number): LapWindow | null {
  const [from, to] = visibleWindow(zoom, lapsRun);
  const span = to - from;
  const next = Math.max(MIN_ZOOM_SPAN, Math.round(span * factor));
  const anchor = clamp(focus, from, to);
  const ratio = span > 0 ? (anchor - from) / span : 0.5;
  return fitWindow(anchor - ratio * next, next, lapsRun);
}

/** Half as many laps, around `focus` (the focused incident or the cursor). */
export function zoomIn(zoom: LapWindow | null, focus: number, lapsRun: number): LapWindow | null {
  return rescale(zoom, focus, lapsRun, 0.5);
}

/** Twice as many laps, around `focus`; the whole race once that covers it. */
export function zoomOut(zoom: LapWindow | null, focus: number, lapsRun: number): LapWindow | null {
  return zoom === null ? null : rescale(zoom, focus, lapsRun, 2);
}

/** True while there is room to zoom further in. */
export function canZoomIn(zoom: LapWindow | null, lapsRun: number): boolean {
  const [from, to] = visibleWindow(zoom, lapsRun);
  return to - from > MIN_ZOOM_SPAN;
}

/** The same width, moved by `laps` and kept inside the race. */
export function panWindow(zoom: LapWindow, laps: number, lapsRun: number): LapWindow | null {
  return fitWindow(zoom[0] + laps, zoom[1] - zoom[0], lapsRun);
}

/**
 * The "Final laps" preset: the last third of the race, where titles are decided. On Phoenix 2023
 * that is laps 120 to 179: Hocevar's spin of Heim and all four overtimes.
 */
export function finalLapsWindow(race: Pick<Race, 'lapsRun'>): LapWindow | null {
  const span = Math.max(MIN_ZOOM_SPAN, Math.round(race.lapsRun / 3) - 1);
  return fitWindow(race.lapsRun - span, span, race.lapsRun);
}
