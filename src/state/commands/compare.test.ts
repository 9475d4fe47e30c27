import { closeCompare, openCompare, selectCompareEvent, setAlign, setCompareAt } from './compare';
import { perform, type Command, type CommandCatalog } from './command';
import { catalog, comparing, viewOf } from './fixture';
import type { View } from '../view';

/** A command run as the store runs it: perform derives a comparison's lap from its shared cursor. */
const run = (command: Command, view: View, on: CommandCatalog = catalog) => perform(command, view, on);

describe('openCompare', () => {
  it('puts the shared cursor where the current race is, keeping its lap and incident', () => {
    const next = run(openCompare(['a', 'b']), viewOf({ lap: 8, event: 'spin', zoom: [3, 15] }));
    expect(next?.view).toEqual(viewOf({ lap: 8, event: 'spin', compare: { races: ['a', 'b'], align: 'distance', at: 8 / 20 } }));
    expect(next?.notices).toBeUndefined();
  });

  it('opens at the end of the axis, on the first race, when the current race is neither', () => {
    const view = { ...viewOf({ race: 'c', event: 'x' }) };
    const wide = { raceIds: [...catalog.raceIds, 'c'], races: new Map([...catalog.races, ['c', { name: 'C', lapsRun: 5, eventLaps: new Map([['x', 2]]), drivers: new Map() }]]) };
    const next = run(openCompare(['a', 'b']), view, wide)?.view;
    expect(next?.compare?.at).toBe(22 / 20);
    expect([next?.race, next?.lap, next?.event]).toEqual(['a', 22, null]);
  });

  it('keeps the alignment of a comparison already open', () => {
    const next = openCompare(['a', 'b'])(viewOf({ compare: { races: ['a', 'b'], align: 'togo', at: -10 } }), catalog)?.view;
    expect(next?.compare?.align).toBe('togo');
    expect(next?.compare?.at).toBe(-10);
  });

  it('drops a driver who raced in neither, with a notice; keeps one who raced in either', () => {
    expect(openCompare(['a', 'b'])(viewOf({ follow: 'onlyA' }), catalog)).toMatchObject({ view: { follow: 'onlyA' } });
    expect(openCompare(['a', 'b'])(viewOf({ follow: 'onlyA' }), catalog)?.notices).toBeUndefined();
    expect(openCompare(['a', 'b'])(viewOf({ follow: 'nobody' }), catalog)).toMatchObject({ view: { follow: null }, notices: ['nobody did not race in the A 200 or the B 100; no driver is followed.'] });
  });

  it('does nothing for one race twice or a race the site does not have', () => {
    expect(openCompare(['a', 'a'])(viewOf(), catalog)).toBeNull();
    expect(openCompare(['a', 'c'])(viewOf(), catalog)).toBeNull();
  });
});

describe('closeCompare', () => {
  it('goes back to the current race at its lap, keeping its incident', () => {
    const view = comparing(0.4, { event: 'spin' });
    expect(closeCompare()(view, catalog)?.view).toEqual({ ...view, compare: null });
    expect(closeCompare('a')(view, catalog)?.view).toEqual({ ...view, compare: null });
    expect(closeCompare('elsewhere')(view, catalog)?.view).toEqual({ ...view, compare: null });
  });

  it('goes to the other race at the lap it is on at the shared cursor, nothing selected', () => {
    // closeCompare sets the lap itself: out of the comparison, perform derives none.
    const next = closeCompare('b')(comparing(0.4, { event: 'spin', quote: 'q' }), catalog)?.view;
    expect(next).toEqual(viewOf({ race: 'b', lap: 4 }));
  });

  it('drops a driver who did not race in the race kept, with a notice', () => {
    expect(closeCompare('b')(comparing(0.4, { follow: 'onlyA' }), catalog)).toMatchObject({ view: { follow: null }, notices: ['Only A did not race in the B 100; no driver is followed.'] });
    expect(closeCompare('b')(comparing(0.4, { follow: 'both' }), catalog)?.notices).toBeUndefined();
  });

  it('does nothing for one race', () => {
    expect(closeCompare()(viewOf(), catalog)).toBeNull();
  });
});

describe('setCompareAt', () => {
  it('snaps the shared cursor to the nearest step; each race follows', () => {
    const next = run(setCompareAt(0.33), comparing(0.5))?.view;
    expect(next?.compare?.at).toBe(7 / 20);
    expect(next?.lap).toBe(7);
    const onB = run(setCompareAt(0.33), comparing(0.5, { race: 'b', lap: 5 }))?.view;
    expect(onB?.lap).toBe(3);
  });

  it('does nothing at the step it is on, or for one race', () => {
    expect(setCompareAt(0.51)(comparing(0.5), catalog)).toBeNull();
    expect(setCompareAt(0.5)(viewOf(), catalog)).toBeNull();
  });
});

describe('setAlign', () => {
  it('lines the races up another way, the current race kept at its lap', () => {
    const next = run(setAlign('togo'), comparing(0.5))?.view;
    expect(next?.compare).toEqual({ races: ['a', 'b'], align: 'togo', at: 10 - 22 });
    expect(next?.lap).toBe(10);
  });

  it('does nothing for the alignment it has, for one race, or by laps to go without spoilers', () => {
    expect(setAlign('distance')(comparing(0.5), catalog)).toBeNull();
    expect(setAlign('togo')(viewOf(), catalog)).toBeNull();
    expect(setAlign('togo')(comparing(0.5, { hideAhead: true }), catalog)).toBeNull();
  });

  it('without spoilers, still lines up by distance a comparison that was by laps to go', () => {
    const togo = comparing(0, { compare: { races: ['a', 'b'], align: 'togo', at: -10 }, lap: 12, hideAhead: true });
    expect(setAlign('distance')(togo, catalog)?.view.compare).toEqual({ races: ['a', 'b'], align: 'distance', at: 12 / 20 });
  });
});

describe('selectCompareEvent', () => {
  it('makes the incident’s race current and puts the shared cursor on the incident', () => {
    const next = run(selectCompareEvent('b', 'crash'), comparing(0.9))?.view;
    expect(next).toEqual(viewOf({ race: 'b', event: 'crash', lap: 4, compare: { races: ['a', 'b'], align: 'distance', at: 0.4 } }));
  });

  it('does nothing for an incident the race does not have, a race not compared, or one race', () => {
    expect(selectCompareEvent('b', 'spin')(comparing(0.9), catalog)).toBeNull();
    expect(selectCompareEvent('c', 'x')(comparing(0.9), catalog)).toBeNull();
    expect(selectCompareEvent('a', 'spin')(viewOf(), catalog)).toBeNull();
  });
});
