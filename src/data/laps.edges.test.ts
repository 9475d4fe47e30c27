/**
 * Lap-window arithmetic at its edges: the shortest race that can zoom, rounding, clamping and
 * widening, the whole race as null, and zooming around a focus on or outside the window.
 */
import { canZoomIn, finalLapsWindow, fitWindow, MIN_ZOOM_SPAN, normaliseZoom, panWindow, sameZoom, visibleWindow, zoomIn, zoomOut } from './laps';

describe('normaliseZoom', () => {
  it('zooms only into a race of more than MIN_ZOOM_SPAN + 1 laps', () => {
    expect(MIN_ZOOM_SPAN).toBe(5);
    expect(normaliseZoom([1, 3], 6)).toBeNull();
    expect(normaliseZoom([1, 3], 7)).toEqual([1, 6]);
    expect(normaliseZoom([2, 7], 7)).toEqual([2, 7]);
    expect(normaliseZoom(null, 179)).toBeNull();
    expect(normaliseZoom(undefined, 179)).toBeNull();
  });

  it('rounds to whole laps and refuses windows that are not numbers', () => {
    expect(normaliseZoom([10.4, 20.6], 179)).toEqual([10, 21]);
    expect(normaliseZoom([20.6, 10.4], 179)).toEqual([10, 21]);
    expect(normaliseZoom([1, Number.POSITIVE_INFINITY], 179)).toBeNull();
    expect(normaliseZoom([Number.NEGATIVE_INFINITY, 50], 179)).toBeNull();
  });

  it('clamps to the race and widens around the middle to MIN_ZOOM_SPAN, sliding in from either end', () => {
    expect(normaliseZoom([200, 300], 179)).toEqual([174, 179]);
    expect(normaliseZoom([-9, 0], 179)).toEqual([1, 6]);
    expect(normaliseZoom([50, 51], 179)).toEqual([48, 53]);
    expect(normaliseZoom([50, 50], 179)).toEqual([48, 53]);
    expect(normaliseZoom([50, 54], 179)).toEqual([50, 55]);
    expect(normaliseZoom([50, 55], 179)).toEqual([50, 55]);
  });

  it('calls a window covering the whole race the whole race', () => {
    expect(normaliseZoom([1, 179], 179)).toBeNull();
    expect(normaliseZoom([0, 200], 179)).toBeNull();
    expect(normaliseZoom([2, 179], 179)).toEqual([2, 179]);
    expect(normaliseZoom([1, 178], 179)).toEqual([1, 178]);
  });
});

describe('sameZoom and visibleWindow', () => {
  it('compares windows lap by lap, with null and undefined both the whole race', () => {
    expect(sameZoom(null, undefined)).toBe(true);
    expect(sameZoom(undefined, null)).toBe(true);
    expect(sameZoom(null, [1, 6])).toBe(false);
    expect(sameZoom([1, 6], undefined)).toBe(false);
    expect(sameZoom([1, 6], [1, 6])).toBe(true);
    expect(sameZoom([1, 6], [1, 7])).toBe(false);
    expect(sameZoom([2, 6], [1, 6])).toBe(false);
  });

  it('shows the zoom window, or the whole race', () => {
    expect(visibleWindow([20, 40], 179)).toEqual([20, 40]);
    expect(visibleWindow(null, 179)).toEqual([1, 179]);
  });
});

describe('fitWindow, panWindow and finalLapsWindow', () => {
  it('keeps the width and slides inside the race; a window as wide as the race is the whole race', () => {
    expect(fitWindow(170.4, 20, 179)).toEqual([159, 179]);
    expect(fitWindow(100, 20.4, 179)).toEqual([100, 120]);
    expect(fitWindow(1, 177, 179)).toEqual([1, 178]);
    expect(fitWindow(1, 178, 179)).toBeNull();
  });

  it('pans by whole laps, stopping at either end', () => {
    expect(panWindow([100, 120], 5, 179)).toEqual([105, 125]);
    expect(panWindow([100, 120], -200, 179)).toEqual([1, 21]);
    expect(panWindow([100, 120], 200, 179)).toEqual([159, 179]);
  });

  it('makes the final-laps preset the last third, at least MIN_ZOOM_SPAN wide', () => {
    expect(finalLapsWindow({ lapsRun: 12 })).toEqual([7, 12]);
    expect(finalLapsWindow({ lapsRun: 30 })).toEqual([21, 30]);
    expect(finalLapsWindow({ lapsRun: 6 })).toBeNull();
  });
});

describe('zoomIn, zoomOut and canZoomIn', () => {
  it('keep the focus where it was on screen', () => {
    expect(zoomIn([100, 140], 110, 179)).toEqual([105, 125]);
    expect(zoomIn([100, 140], 140, 179)).toEqual([120, 140]);
    expect(zoomOut([100, 120], 110, 179)).toEqual([90, 130]);
    expect(zoomOut([100, 120], 100, 179)).toEqual([100, 140]);
  });

  it('zoom around the nearer edge for a focus outside the window', () => {
    expect(zoomIn([100, 140], 170, 179)).toEqual([120, 140]);
    expect(zoomOut([100, 120], 1, 179)).toEqual([100, 140]);
  });

  it('never narrower than MIN_ZOOM_SPAN; a degenerate window zooms around its middle', () => {
    expect(zoomIn([100, 107], 103, 179)).toEqual([101, 106]);
    expect(zoomIn([50, 50], 50, 179)).toEqual([48, 53]);
  });

  it('say whether there is room to zoom in', () => {
    expect(canZoomIn([100, 106], 179)).toBe(true);
    expect(canZoomIn([100, 105], 179)).toBe(false);
    expect(canZoomIn(null, 7)).toBe(true);
    expect(canZoomIn(null, 6)).toBe(false);
  });
});
