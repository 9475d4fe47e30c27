/** Moving the cursor of one race: playback, the slider, the chart's scrub surface. */
import { clamp } from '../../lib/clamp';
import type { Command } from './command';

/** The cursor to `lap`, rounded and kept within the race; nothing when the race is not loaded or the lap is the same. */
export const moveCursor =
  (lap: number): Command =>
  (view, catalog) => {
    const lapsRun = catalog.races.get(view.race)?.lapsRun;
    if (lapsRun === undefined) return null;
    const next = clamp(Math.round(lap), 1, lapsRun);
    return next === view.lap ? null : { view: { ...view, lap: next } };
  };
