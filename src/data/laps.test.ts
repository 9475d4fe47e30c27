import { dataset } from './load/bundledDataset';
import { canZoomIn, countUpTo, finalLapsWindow, fitWindow, MIN_ZOOM_SPAN, openingLap, panWindow, visibleWindow, zoomIn, zoomOut } from './laps';

describe('zoom arithmetic', () => {
  it('halves the window around the focus, keeping the focus where it was on screen', () => {
    expect(zoomIn(null, 90, 179)).toEqual([46, 135]);
    expect(zoomIn(null, 1, 179)).toEqual([1, 90]);
    expect(zoomIn([120, 179], 179, 179)).toEqual([149, 179]);
    // A focus outside the window zooms around the nearest edge.
    expect(zoomIn([120, 179], 10, 179)).toEqual([120, 150]);
  });

  it('stops at the narrowest window', () => {
    let window = zoomIn(null, 120, 179);
    for (let i = 0; i < 12; i++) window = zoomIn(window, 120, 179);
    expect(window![1] - window![0]).toBe(MIN_ZOOM_SPAN);
    expect(canZoomIn(window, 179)).toBe(false);
    expect(canZoomIn(null, 179)).toBe(true);
  });

  it('doubles the window when zooming out, back to the whole race (null)', () => {
    expect(zoomOut([150, 179], 179, 179)).toEqual([121, 179]);
    expect(zoomOut([60, 120], 90, 179)).toEqual([30, 150]);
    expect(zoomOut([1, 120], 60, 179)).toBeNull();
    expect(zoomOut(null, 60, 179)).toBeNull();
  });

  it('slides windows into the race without shrinking them', () => {
    expect(fitWindow(170, 20, 179)).toEqual([159, 179]);
    expect(fitWindow(-5, 20, 179)).toEqual([1, 21]);
    expect(fitWindow(1, 178, 179)).toBeNull();
    expect(panWindow([120, 179], 10, 179)).toEqual([120, 179]);
    expect(panWindow([120, 179], -30, 179)).toEqual([90, 149]);
  });

  it('has a Final laps preset: Phoenix laps 120 to 179, with all four overtimes', () => {
    const phoenix = dataset.races.get('phoenix-2023')!;
    expect(finalLapsWindow(phoenix)).toEqual([120, 179]);
    expect(phoenix.overtimes.every((o) => o.startLap >= 120)).toBe(true);
    expect(finalLapsWindow({ lapsRun: 70 })).toEqual([48, 70]);
    expect(visibleWindow(null, 70)).toEqual([1, 70]);
  });
});

describe('countUpTo', () => {
  it('counts the laps on or before the cursor (how far the cursor has got)', () => {
    const laps = [1, 1, 5, 9, 9, 12];
    expect(countUpTo(laps, 0)).toBe(0);
    expect(countUpTo(laps, 1)).toBe(2);
    expect(countUpTo(laps, 8)).toBe(3);
    expect(countUpTo(laps, 9)).toBe(5);
    expect(countUpTo(laps, 200)).toBe(6);
    expect(countUpTo([], 5)).toBe(0);
  });
});

describe('openingLap', () => {
  it('opens a race on its last lap, on lap 1 with spoilers hidden, and a race that did not load on lap 1', () => {
    expect(openingLap({ lapsRun: 179 }, false)).toBe(179);
    expect(openingLap({ lapsRun: 179 }, true)).toBe(1);
    expect(openingLap(undefined, false)).toBe(1);
  });
});
