/** The app's code is asked for once the page has painted: not before, and once only; where no paint is reported, after a short wait. */
import { afterFirstPaint } from './afterFirstPaint';

/** A PerformanceObserver that reports what the test says, as the browser would after a paint. */
function fakePaintTiming() {
  const observers: ((entries: string[]) => void)[] = [];
  class FakeObserver {
    static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
    disconnected = false;
    constructor(callback: (list: { getEntriesByName: (name: string) => unknown[] }) => void) {
      observers.push((names) => !this.disconnected && callback({ getEntriesByName: (name) => names.filter((n) => n === name) }));
    }
    observe() {}
    disconnect() {
      this.disconnected = true;
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return { paint: (...names: string[]) => observers.forEach((report) => report(names)) };
}

describe('afterFirstPaint', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts when the first contentful paint is reported, not at a paint with no content, and once', () => {
    const timing = fakePaintTiming();
    const start = vi.fn();
    afterFirstPaint(start, 5000);
    timing.paint('first-paint');
    expect(start).not.toHaveBeenCalled();
    timing.paint('first-contentful-paint');
    expect(start).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(6000);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts after the wait where the browser reports paints but none with content comes', () => {
    fakePaintTiming();
    const start = vi.fn();
    afterFirstPaint(start, 5000);
    vi.advanceTimersByTime(4999);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts after the first frame where the browser cannot report paints', () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    let frame: FrameRequestCallback = () => {};
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => ((frame = callback), 1));
    const start = vi.fn();
    afterFirstPaint(start, 5000);
    vi.advanceTimersByTime(100);
    expect(start).not.toHaveBeenCalled();
    frame(0);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts at once in a page opened in the background, or sent there before it painted, which paints nothing until shown', () => {
    fakePaintTiming();
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const start = vi.fn();
    afterFirstPaint(start, 5000);
    expect(start).toHaveBeenCalledTimes(1);
    visibility.mockReturnValue('visible');
    const later = vi.fn();
    afterFirstPaint(later, 5000);
    expect(later).not.toHaveBeenCalled();
    visibility.mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(later).toHaveBeenCalledTimes(1);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(later).toHaveBeenCalledTimes(1);
  });
});
