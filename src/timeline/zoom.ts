/**
 * Zoom arithmetic for the lap axis: pure functions from a window (null = the whole race) to the
 * next window. The store normalises whatever comes out (state/view.ts normaliseZoom).
 */
import { clamp } from '../lib/clamp';
import type { Race } from '../data/schema';
import { MIN_ZOOM_SPAN, normaliseZoom, type LapWindow } from '../state/view';

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
