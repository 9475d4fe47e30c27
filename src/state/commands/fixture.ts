/**
 * A small catalog for the commands' tests, independent of the shipped races: race "a" ran 22 laps of
 * 20 scheduled (two past the distance), race "b" its 10; driver "both" raced in each.
 */
import type { CommandCatalog } from './command';
import { fillView, type LinkView, type View } from '../view';

export const catalog: CommandCatalog = {
  raceIds: ['a', 'b'],
  races: new Map([
    ['a', { name: 'A 200', lapsRun: 22, scheduledLaps: 20, eventLaps: new Map([['start', 1], ['spin', 8], ['finish', 22]]), drivers: new Map([['both', 'Both Racer'], ['onlyA', 'Only A']]) }],
    ['b', { name: 'B 100', lapsRun: 10, scheduledLaps: 10, eventLaps: new Map([['start', 1], ['crash', 4]]), drivers: new Map([['both', 'Both Racer'], ['onlyB', 'Only B']]) }],
  ]),
};

/** A view of race "a" at `lap` 12, nothing selected, with any field overridden. */
export const viewOf = (over: Partial<LinkView> = {}): View => fillView({ race: 'a', lap: 12, event: null, quote: null, hideAhead: false, ...over });

/** The comparison of "a" and "b" by distance at `at`. */
export const comparing = (at: number, over: Partial<LinkView> = {}): View =>
  viewOf({ compare: { races: ['a', 'b'], align: 'distance', at }, lap: Math.min(22, Math.floor(at * 20 + 1e-9)) || 1, ...over });
