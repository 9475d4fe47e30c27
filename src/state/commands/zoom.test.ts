import { catalog, viewOf } from './fixture';
import { setZoom, zoomBy } from './zoom';

describe('setZoom', () => {
  it('zooms to a window normalised to the race, and back to the whole race', () => {
    expect(setZoom([15, 3])(viewOf(), catalog)?.view.zoom).toEqual([3, 15]);
    expect(setZoom([1, 22])(viewOf({ zoom: [3, 15] }), catalog)?.view.zoom).toBeNull();
    expect(setZoom(null)(viewOf({ zoom: [3, 15] }), catalog)?.view.zoom).toBeNull();
  });

  it('does nothing for the window it has, or in a race that did not load (which has no zoom)', () => {
    expect(setZoom([3, 15])(viewOf({ zoom: [3, 15] }), catalog)).toBeNull();
    expect(setZoom([3, 15])(viewOf({ race: 'gone' }), catalog)).toBeNull();
  });

  it('without spoilers, stays within the laps a reader may know: the scheduled 20, not the 22 run', () => {
    expect(setZoom([10, 22])(viewOf({ hideAhead: true, lap: 5 }), catalog)?.view.zoom).toEqual([10, 20]);
    // Past the distance, the next lap is known.
    expect(setZoom([10, 22])(viewOf({ hideAhead: true, lap: 20 }), catalog)?.view.zoom).toEqual([10, 21]);
  });
});

describe('zoomBy', () => {
  it('halves the window around the focus, else the cursor, and doubles it back', () => {
    expect(zoomBy('in', 4)(viewOf(), catalog)?.view.zoom).toEqual([2, 13]);
    expect(zoomBy('in')(viewOf(), catalog)?.view.zoom).toEqual([6, 17]);
    expect(zoomBy('out')(viewOf({ zoom: [6, 17] }), catalog)?.view.zoom).toBeNull();
    expect(zoomBy('out')(viewOf(), catalog)).toBeNull();
  });

  it('does nothing in a race that did not load', () => {
    expect(zoomBy('in')(viewOf({ race: 'gone' }), catalog)).toBeNull();
  });
});
