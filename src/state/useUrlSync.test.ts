/**
 * The address bar and the store in step (state/useUrlSync.ts), on its own, without the app: how a
 * change of view enters the history (scrubbing replaces the entry, selecting pushes one), the rate
 * limit on rewrites, Back and Forward, and the moments a pending rewrite must not be lost. Timers and
 * the clock are fake, so the rate limit is tested exactly, whatever the machine's load.
 */
import { act, renderHook } from '@testing-library/react';
import { dataset } from '../data/load/bundledDataset';
import { addressOf, parseAddress } from './address';
import { catalogOf, createAppStore, viewOf, type AppStore } from './store';
import { flushPendingUrl } from './urlFlush';
import { useUrlSync } from './useUrlSync';

const catalog = catalogOf(dataset);
const here = () => window.location.pathname + window.location.search;

/** Opens `address` in the address bar, a store on the view it names, and the sync over both. */
function open(address: string) {
  window.history.replaceState(null, '', address);
  const store = createAppStore(dataset, parseAddress(window.location.pathname, window.location.search, catalog).view);
  const sync = renderHook(() => useUrlSync(store, catalog));
  const push = vi.spyOn(window.history, 'pushState');
  const replace = vi.spyOn(window.history, 'replaceState');
  return { store, push, replace, unmount: sync.unmount };
}

/** The address of the store's view under `root`. */
const addressNow = (store: AppStore, root = '/') => addressOf(viewOf(store.getState()), root, catalog);

/** Lets the timers due after `ms` run (the rewrite is its own task, never the step's). */
const after = (ms: number) => act(() => vi.advanceTimersByTime(ms));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('scrubbing', () => {
  it('replaces the entry, in a task after the step, with the lap the cursor is on', () => {
    const { store, push, replace } = open('/phoenix-2023/');
    const entries = window.history.length;
    act(() => store.getState().scrubTo(40));
    // Not in the step itself: the reader is waiting for the cursor, not the address bar.
    expect(replace).not.toHaveBeenCalled();
    after(0);
    expect(here()).toBe(addressNow(store));
    expect(here()).toMatch(/lap=40\b/);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(push).not.toHaveBeenCalled();
    expect(window.history.length).toBe(entries);
  });

  it('writes the latest lap once when several steps come before the rewrite', () => {
    const { store, replace } = open('/phoenix-2023/');
    act(() => {
      store.getState().scrubTo(40);
      store.getState().scrubTo(41);
      store.getState().scrubTo(42);
    });
    after(0);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(here()).toMatch(/lap=42\b/);
  });

  it('rewrites at once five times, then at most once every 150 ms, and recovers its allowance over time', () => {
    const { store, replace } = open('/phoenix-2023/');
    for (let lap = 41; lap <= 45; lap++) {
      act(() => store.getState().scrubTo(lap));
      after(0);
      expect(here(), `step to ${lap}`).toMatch(new RegExp(`lap=${lap}\\b`));
    }
    expect(replace).toHaveBeenCalledTimes(5);
    // The sixth waits for the interval.
    act(() => store.getState().scrubTo(46));
    after(149);
    expect(here()).toMatch(/lap=45\b/);
    act(() => store.getState().scrubTo(47));
    after(1);
    expect(here()).toMatch(/lap=47\b/);
    expect(replace).toHaveBeenCalledTimes(6);
    // After a pause the allowance is back: the next step is written at once.
    after(5 * 150);
    act(() => store.getState().scrubTo(48));
    after(0);
    expect(here()).toMatch(/lap=48\b/);
  });

  it('writes nothing when the address comes back to what the bar shows before the rewrite', () => {
    const { store, replace } = open('/phoenix-2023/?lap=40');
    act(() => {
      store.getState().scrubTo(41);
      store.getState().scrubTo(40);
    });
    after(1000);
    expect(replace).not.toHaveBeenCalled();
    expect(here()).toBe('/phoenix-2023/?lap=40');
  });

  it('writes with an empty title, as browsers expect', () => {
    const { store, replace } = open('/phoenix-2023/');
    act(() => store.getState().scrubTo(40));
    after(0);
    expect(replace).toHaveBeenLastCalledWith(null, '', addressNow(store));
  });

  it('counts a run of steps before one rewrite as one rewrite against the limit', () => {
    const { store } = open('/phoenix-2023/');
    act(() => {
      for (let lap = 41; lap <= 45; lap++) store.getState().scrubTo(lap);
    });
    after(0);
    // Four more rewrites are still allowed at once.
    for (let lap = 46; lap <= 49; lap++) {
      act(() => store.getState().scrubTo(lap));
      after(0);
      expect(here(), `step to ${lap}`).toMatch(new RegExp(`lap=${lap}\\b`));
    }
  });

  it('gives back one rewrite per 150 ms, not more: steps 10 ms apart are held back after the first five', () => {
    const { store } = open('/phoenix-2023/');
    for (let lap = 41; lap <= 45; lap++) {
      act(() => store.getState().scrubTo(lap));
      after(10);
      expect(here(), `step to ${lap}`).toMatch(new RegExp(`lap=${lap}\\b`));
    }
    act(() => store.getState().scrubTo(46));
    after(100);
    expect(here()).toMatch(/lap=45\b/);
    after(50);
    expect(here()).toMatch(/lap=46\b/);
  });

  it('writes nothing when what changed is not part of the view (Play, its speed)', () => {
    const { store, push, replace } = open('/phoenix-2023/?lap=40');
    act(() => store.getState().setSpeed(4));
    act(() => store.getState().setPlaying(true));
    act(() => store.getState().setPlaying(false));
    after(1000);
    expect(replace).not.toHaveBeenCalled();
    expect(push).not.toHaveBeenCalled();
  });
});

describe('selecting', () => {
  it('pushes one entry, and the entry it leaves keeps the lap the reader had scrubbed to', () => {
    const { store, push } = open('/phoenix-2023/');
    const entries = window.history.length;
    act(() => store.getState().scrubTo(40));
    // Selected before the scrub's rewrite ran: the scrub is written into the entry being left first.
    act(() => store.getState().selectEvent('hocevar-spins-heim'));
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.history.length).toBe(entries + 1);
    expect(here()).toBe(addressNow(store));
    expect(here()).toContain('hocevar-spins-heim');
    // The scrub's pending rewrite was the entry's own: nothing is written over the new entry later.
    after(1000);
    expect(here()).toContain('hocevar-spins-heim');
  });

  it('pushes with an empty title, as browsers expect', () => {
    const { store, push } = open('/phoenix-2023/');
    act(() => store.getState().selectEvent('hocevar-spins-heim'));
    expect(push).toHaveBeenLastCalledWith(null, '', addressNow(store));
  });

  it('pushes nothing when the address would not change', () => {
    const { store, push } = open('/phoenix-2023/hocevar-spins-heim/');
    act(() => store.getState().selectEvent('hocevar-spins-heim'));
    expect(push).not.toHaveBeenCalled();
  });
});

describe('Back and Forward', () => {
  it('apply the address they land on, notices and all, without writing the history', () => {
    const { store, push, replace } = open('/phoenix-2023/?lap=30');
    // The browser has moved to an entry (Back): its address is already there when popstate fires.
    window.history.pushState(null, '', '/roval-2025/?lap=12');
    push.mockClear();
    replace.mockClear();
    act(() => window.dispatchEvent(new PopStateEvent('popstate')));
    expect(store.getState().race).toBe('roval-2025');
    expect(store.getState().lap).toBe(12);
    after(1000);
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
    expect(here()).toBe('/roval-2025/?lap=12');
  });

  it('report what they could not use of the address', () => {
    const { store } = open('/phoenix-2023/?lap=30');
    window.history.pushState(null, '', '/phoenix-2023/?lap=banana');
    act(() => window.dispatchEvent(new PopStateEvent('popstate')));
    expect(store.getState().notices).toHaveLength(1);
    expect(store.getState().notices[0]).toMatch(/lap/i);
  });

  it('drop a rewrite still pending from before, and the sync still follows the reader afterwards', () => {
    const { store } = open('/phoenix-2023/');
    for (let lap = 41; lap <= 46; lap++) act(() => store.getState().scrubTo(lap));
    window.history.pushState(null, '', '/phoenix-2023/?lap=10');
    act(() => window.dispatchEvent(new PopStateEvent('popstate')));
    after(1000);
    expect(here()).toBe('/phoenix-2023/?lap=10');
    act(() => store.getState().scrubTo(11));
    after(1000);
    expect(here()).toMatch(/lap=11\b/);
  });
});

describe('a rewrite still pending', () => {
  /** A store whose next rewrite waits for the interval: five written at once, a sixth pending. */
  const pending = () => {
    const opened = open('/phoenix-2023/');
    for (let lap = 41; lap <= 45; lap++) {
      act(() => opened.store.getState().scrubTo(lap));
      after(0);
    }
    act(() => opened.store.getState().scrubTo(60));
    expect(here()).toMatch(/lap=45\b/);
    return opened;
  };

  it('is written when the page is left, reloaded or hidden', () => {
    for (const leave of [
      () => window.dispatchEvent(new Event('pagehide')),
      () => window.dispatchEvent(new Event('beforeunload')),
      () => {
        vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
        document.dispatchEvent(new Event('visibilitychange'));
      },
    ]) {
      const { unmount } = pending();
      leave();
      expect(here(), String(leave)).toMatch(/lap=60\b/);
      unmount();
      vi.restoreAllMocks();
    }
  });

  it('and none: leaving or reading the address then changes nothing', () => {
    const { replace } = open('/phoenix-2023/?lap=40#story');
    window.dispatchEvent(new Event('pagehide'));
    flushPendingUrl();
    expect(replace).not.toHaveBeenCalled();
    expect(window.location.href).toMatch(/\/phoenix-2023\/\?lap=40#story$/);
  });

  it('waits when the page becomes visible again', () => {
    pending();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(here()).toMatch(/lap=45\b/);
  });

  it('is written when something reads the address (Copy link, Share)', () => {
    pending();
    flushPendingUrl();
    expect(here()).toMatch(/lap=60\b/);
  });

  it('is written when the sync stops, which then follows nothing', () => {
    const { store, unmount } = pending();
    unmount();
    expect(here()).toMatch(/lap=60\b/);
    act(() => store.getState().scrubTo(70));
    after(1000);
    expect(here()).toMatch(/lap=60\b/);
    // Nor does it apply Back any more, or answer a flush.
    window.history.pushState(null, '', '/phoenix-2023/?lap=10');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().lap).toBe(70);
    flushPendingUrl();
    expect(here()).toBe('/phoenix-2023/?lap=10');
    for (const leave of ['pagehide', 'beforeunload']) window.dispatchEvent(new Event(leave));
    expect(here()).toBe('/phoenix-2023/?lap=10');
  });
});

describe('the sync’s lifetime', () => {
  it('leaves no listener behind when it stops', () => {
    const added: [EventTarget, string, unknown][] = [];
    const removed: [EventTarget, string, unknown][] = [];
    for (const target of [window, document]) {
      vi.spyOn(target, 'addEventListener').mockImplementation(function (this: EventTarget, type: string, listener: unknown) {
        added.push([target, type, listener]);
      } as typeof target.addEventListener);
      vi.spyOn(target, 'removeEventListener').mockImplementation(function (this: EventTarget, type: string, listener: unknown) {
        removed.push([target, type, listener]);
      } as typeof target.removeEventListener);
    }
    const { unmount } = open('/phoenix-2023/');
    expect(added.map(([, type]) => type).sort()).toEqual(['beforeunload', 'pagehide', 'popstate', 'visibilitychange']);
    unmount();
    expect(removed).toEqual(expect.arrayContaining(added));
    expect(removed).toHaveLength(added.length);
  });

  it('follows the store it is given now, not the one it started with', () => {
    window.history.replaceState(null, '', '/phoenix-2023/');
    const view = parseAddress('/phoenix-2023/', '', catalog).view;
    const first = createAppStore(dataset, view);
    const second = createAppStore(dataset, view);
    const sync = renderHook(({ store }) => useUrlSync(store, catalog), { initialProps: { store: first } });
    sync.rerender({ store: second });
    act(() => second.getState().scrubTo(33));
    after(0);
    expect(here()).toMatch(/lap=33\b/);
    act(() => first.getState().scrubTo(44));
    after(1000);
    expect(here()).toMatch(/lap=33\b/);
    sync.unmount();
  });
});

describe('where the addresses go', () => {
  it('under the folder the site was opened in', () => {
    const { store } = open('/news/lapline/phoenix-2023/');
    act(() => store.getState().scrubTo(40));
    after(0);
    expect(here()).toBe(addressNow(store, '/news/lapline/'));
    expect(here()).toMatch(/^\/news\/lapline\/phoenix-2023\/\?(.*&)?lap=40\b/);
  });

  it('keep an embed an embed, scrubbing and selecting', () => {
    const { store } = open('/phoenix-2023/?embed=1');
    act(() => store.getState().scrubTo(40));
    after(0);
    expect(here()).toBe(`${addressNow(store)}&embed=1`);
    act(() => store.getState().selectEvent('hocevar-spins-heim'));
    expect(new URLSearchParams(window.location.search).get('embed')).toBe('1');
    expect(here()).toContain('hocevar-spins-heim');
  });

  it('keep the hash of the address when rewriting it', () => {
    const { store } = open('/phoenix-2023/#story');
    act(() => store.getState().scrubTo(40));
    after(0);
    expect(window.location.hash).toBe('#story');
    expect(here()).toMatch(/lap=40\b/);
  });
});
