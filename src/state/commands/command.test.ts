import { perform, withoutEventAhead, type Command } from './command';
import { catalog, comparing, viewOf } from './fixture';

describe('perform', () => {
  it('drops a selected incident that lies ahead of the cursor in no-spoilers mode, and only then', () => {
    const toLap = (lap: number): Command => (view) => ({ view: { ...view, lap } });
    const selected = viewOf({ event: 'spin', lap: 8, hideAhead: true });
    expect(perform(toLap(7), selected, catalog)?.view.event).toBeNull();
    expect(perform(toLap(8), selected, catalog)?.view.event).toBe('spin');
    expect(perform(toLap(7), { ...selected, hideAhead: false }, catalog)?.view.event).toBe('spin');
  });

  it('derives the lap from the shared cursor while comparing, for the current race, whatever lap the command left', () => {
    const toAt = (at: number, race?: string): Command => (view) => ({ view: { ...view, compare: { ...view.compare!, at }, ...(race !== undefined && { race }) } });
    // Race "a" ran 20 scheduled laps, "b" 10: at 0.35 of the distance "a" is on lap 7, "b" on lap 3.
    expect(perform(toAt(7 / 20), comparing(0.5), catalog)?.view.lap).toBe(7);
    expect(perform(toAt(7 / 20, 'b'), comparing(0.5), catalog)?.view.lap).toBe(3);
    // Lined up by laps to go, 10 to go is lap 12 of "a".
    expect(perform(toAt(-10), comparing(0, { compare: { races: ['a', 'b'], align: 'togo', at: -3 }, lap: 19 }), catalog)?.view.lap).toBe(12);
    // A lap set against the cursor does not stand; with one race, the command's lap does.
    expect(perform((view) => ({ view: { ...view, lap: 2 } }), comparing(0.5), catalog)?.view.lap).toBe(10);
    expect(perform((view) => ({ view: { ...view, lap: 2 } }), viewOf(), catalog)?.view.lap).toBe(2);
  });

  it('decides what lies ahead at the lap the shared cursor gives, not at the lap the view had', () => {
    const toAt = (at: number, event?: string): Command => (view) => ({ view: { ...view, compare: { ...view.compare!, at }, ...(event !== undefined && { event }) } });
    // From lap 4 to the spin on lap 8, selecting it: it is not ahead of the cursor that is now on it.
    expect(perform(toAt(8 / 20, 'spin'), comparing(0.2, { hideAhead: true }), catalog)?.view).toMatchObject({ lap: 8, event: 'spin' });
    // Back from the spin to lap 4: now it is ahead, and no longer selected.
    expect(perform(toAt(4 / 20), comparing(0.4, { event: 'spin', hideAhead: true }), catalog)?.view).toMatchObject({ lap: 4, event: null });
  });

  it('passes the notices on, and null through', () => {
    expect(perform(() => null, viewOf(), catalog)).toBeNull();
    expect(perform((view) => ({ view, notices: ['told'] }), viewOf(), catalog)?.notices).toEqual(['told']);
  });
});

describe('withoutEventAhead', () => {
  it('keeps an incident it does not know (the race not loaded) and the view itself when nothing is dropped', () => {
    const view = viewOf({ race: 'gone', event: 'spin', lap: 1, hideAhead: true });
    expect(withoutEventAhead(view, catalog)).toBe(view);
    const kept = viewOf({ event: 'start', lap: 1, hideAhead: true });
    expect(withoutEventAhead(kept, catalog)).toBe(kept);
  });
});
