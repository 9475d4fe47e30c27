/** No-spoilers mode on or off. */
import { positionAtLap } from '../compare';
import type { Command } from './command';

/**
 * Hides (or shows) what happens after the cursor. Lined up by laps to go, a comparison tells how
 * long each race ran (lap 1 is "178 to go"): turning the mode on lines the races up by distance
 * instead, at the same lap of the current race (perform derives the lap from the new cursor).
 */
export const hideAhead =
  (hide: boolean): Command =>
  (view, catalog) => {
    if (hide === view.hideAhead) return null;
    const { compare } = view;
    if (!hide || compare?.align !== 'togo') return { view: { ...view, hideAhead: hide } };
    const next = { ...compare, align: 'distance' as const, at: positionAtLap(catalog, { races: compare.races, align: 'distance' }, view.race, view.lap) };
    return { view: { ...view, hideAhead: hide, compare: next } };
  };
