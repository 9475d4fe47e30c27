/**
 * Two races on one axis (state/compare.ts): opening, closing, moving and lining up the comparison.
 * While comparing, these set the shared cursor and the current race; perform() derives the lap from
 * them (withLapAtCursor). Closing leaves the comparison, so closeCompare sets the lap itself.
 */
import { nearestStep, type Alignment } from '../../data/align';
import { lapInCompare, positionAtLap, stepsOf } from '../compare';
import type { Command } from './command';
import { followInto } from './race';

/** Opens the comparison of two races, its cursor where the current race's is (when it is one of them, else at the end). */
export const openCompare =
  (races: [string, string]): Command =>
  (view, catalog) => {
    if (races[0] === races[1] || !races.every((id) => catalog.races.has(id))) return null;
    const align = view.compare?.align ?? 'distance';
    // The current race keeps its lap and its incident when it is one of the two.
    const current = races.includes(view.race) ? view.race : races[0];
    const at = races.includes(view.race) ? positionAtLap(catalog, { races, align }, view.race, view.lap) : stepsOf(catalog, { races, align }).at(-1)!;
    const compare = { races, align, at };
    const { follow, notices } = followInto(catalog, races, view.follow);
    return {
      view: { ...view, compare, race: current, event: current === view.race ? view.event : null, zoom: null, follow },
      ...(follow !== view.follow && { notices }),
    };
  };

/**
 * Back to one race: by default the current race (whose incident is selected, else the first), at
 * its lap; given the other race of the two, that race at the lap it is on at the shared cursor,
 * its incident not selected. The driver followed may have raced only in the other (then a notice).
 */
export const closeCompare =
  (raceId?: string): Command =>
  (view, catalog) => {
    const { compare } = view;
    if (!compare) return null;
    const back = raceId === undefined || !compare.races.includes(raceId) ? view.race : raceId;
    const { follow, notices } = followInto(catalog, [back], view.follow);
    const told = follow !== view.follow ? { notices } : {};
    if (back === view.race) return { view: { ...view, compare: null, follow }, ...told };
    // Out of the comparison, the race gone back to keeps the lap it was on at the shared cursor.
    return { view: { ...view, compare: null, race: back, lap: lapInCompare(catalog, compare, back), event: null, quote: null, follow }, ...told };
  };

/** The shared cursor to the axis step nearest `position`; each race's lap follows. */
export const setCompareAt =
  (position: number): Command =>
  (view, catalog) => {
    const { compare } = view;
    if (!compare) return null;
    const steps = stepsOf(catalog, compare);
    const at = steps[nearestStep(steps, position)]!;
    if (at === compare.at) return null;
    return { view: { ...view, compare: { ...compare, at } } };
  };

/** The races lined up another way, the current race kept at its lap. Without spoilers, only by distance (laps to go tell the lengths). */
export const setAlign =
  (align: Alignment): Command =>
  (view, catalog) => {
    const { compare } = view;
    if (!compare || compare.align === align || (view.hideAhead && align === 'togo')) return null;
    return { view: { ...view, compare: { ...compare, align, at: positionAtLap(catalog, { races: compare.races, align }, view.race, view.lap) } } };
  };

/** Selects an incident of either race: that race becomes current and the shared cursor goes to the incident. */
export const selectCompareEvent =
  (raceId: string, eventId: string): Command =>
  (view, catalog) => {
    const { compare } = view;
    const lap = catalog.races.get(raceId)?.eventLaps.get(eventId);
    if (!compare || !compare.races.includes(raceId) || lap === undefined) return null;
    return { view: { ...view, compare: { ...compare, at: positionAtLap(catalog, compare, raceId, lap) }, race: raceId, event: eventId } };
  };
