/** The zoom commands: every button, key and brush of the timeline runs one. */
import { normaliseZoom, sameZoom, zoomIn, zoomOut, type LapWindow } from '../../data/laps';
import { lapsKnown } from '../../data/spoilers';
import type { Command, CommandCatalog } from './command';
import type { View } from '../view';

/**
 * The laps a zoom may cover: the race's, or in no-spoilers mode as far as the reader may know it
 * (data/spoilers.ts lapsKnown), so a zoom window (and its "Laps 120–179") never tells the length.
 */
function zoomableLaps(view: View, catalog: CommandCatalog): number | undefined {
  const info = catalog.races.get(view.race);
  return info && lapsKnown({ lapsRun: info.lapsRun, scheduledLaps: info.scheduledLaps ?? info.lapsRun }, view);
}

/** The timeline zoomed to a lap window (normalised to the race), or back to the whole race with null. */
export const setZoom =
  (zoom: LapWindow | null): Command =>
  (view, catalog) => {
    const last = zoomableLaps(view, catalog);
    const next = last === undefined ? null : normaliseZoom(zoom, last);
    return sameZoom(next, view.zoom) ? null : { view: { ...view, zoom: next } };
  };

/** Half (in) or twice (out) as many laps, around `focus` (the focused item), else around the cursor. */
export const zoomBy =
  (direction: 'in' | 'out', focus?: number): Command =>
  (view, catalog) => {
    const last = zoomableLaps(view, catalog);
    if (last === undefined) return null;
    return setZoom((direction === 'in' ? zoomIn : zoomOut)(view.zoom, focus ?? view.lap, last))(view, catalog);
  };
