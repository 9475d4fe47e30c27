import { perform } from './command';
import { catalog, comparing, viewOf } from './fixture';
import { hideAhead } from './spoilers';

describe('hideAhead', () => {
  it('turns no-spoilers mode on and off, and does nothing when it is already so', () => {
    expect(hideAhead(true)(viewOf(), catalog)?.view).toEqual(viewOf({ hideAhead: true }));
    expect(hideAhead(false)(viewOf({ hideAhead: true }), catalog)?.view).toEqual(viewOf());
    expect(hideAhead(false)(viewOf(), catalog)).toBeNull();
  });

  it('lines a comparison by laps to go up by distance instead, the current race kept at its lap', () => {
    const togo = comparing(0, { compare: { races: ['a', 'b'], align: 'togo', at: -10 }, lap: 12 });
    const next = perform(hideAhead(true), togo, catalog)?.view;
    expect(next?.compare).toEqual({ races: ['a', 'b'], align: 'distance', at: 12 / 20 });
    expect(next?.lap).toBe(12);
    // Lined up by distance already, the comparison stays as it is.
    const byDistance = comparing(0.6);
    expect(hideAhead(true)(byDistance, catalog)?.view.compare).toBe(byDistance.compare);
  });
});
