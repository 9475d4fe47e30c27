/** Which race is shown and whom the reader follows in it. */
import { openingLap } from '../../data/laps';
import { driverNameIn, followInRaces, notFollowedNotice } from '../follow';
import type { Command, CommandCatalog } from './command';
import type { View } from '../view';

/**
 * The driver followed once the view shows `raceIds` (one race, or the two compared): kept when they
 * raced in one of them (driver ids are shared across races), else dropped with a notice saying so.
 * A race that failed to load follows no one, without a word (its error card is all there is).
 */
export function followInto(catalog: CommandCatalog, raceIds: readonly string[], follow: string | null): { follow: string | null; notices: string[] } {
  const kept = followInRaces(catalog, raceIds, follow);
  if (follow === null || kept !== null) return { follow: kept, notices: [] };
  const shown = raceIds.flatMap((id) => catalog.races.get(id) ?? []);
  return { follow: null, notices: shown.length > 0 ? [notFollowedNotice(driverNameIn(catalog, follow) ?? follow, shown.map((info) => info.name))] : [] };
}

/**
 * A race on its own, as its page opens: on its opening lap (the finish, or lap 1 without spoilers),
 * nothing selected, not zoomed, not compared. The reader's settings stay (no-spoilers, lanes), and so
 * does the driver followed when they raced there (else a notice says why not).
 */
export const openRace =
  (raceId: string): Command =>
  (view, catalog) => {
    if (!catalog.raceIds.includes(raceId)) return null;
    const { follow, notices } = followInto(catalog, [raceId], view.follow);
    const lap = openingLap(catalog.races.get(raceId), view.hideAhead);
    return { view: { ...view, race: raceId, lap, event: null, quote: null, zoom: null, compare: null, follow }, notices };
  };

/** Follows a driver of a race on screen (highlighted everywhere), or stops following with null. */
export const follow =
  (driverId: string | null): Command =>
  (view, catalog) => {
    if (driverId === view.follow) return null;
    const shown = view.compare?.races ?? [view.race];
    if (driverId !== null && !shown.some((id) => catalog.races.get(id)?.drivers.has(driverId))) return null;
    return { view: { ...view, follow: driverId } };
  };

/** A field of the view set to a value, or nothing when it already has it. */
export const setField =
  <K extends 'quote' | 'lanes'>(key: K, value: View[K]): Command =>
  (view) =>
    view[key] === value ? null : { view: { ...view, [key]: value } };
