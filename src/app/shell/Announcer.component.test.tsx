/**
 * The live region alone (Announcer) and its work (announceChanges) over a store of the shipped
 * races: what is said of a selection and of Play (start, incidents passed, stages, stop), at most
 * once every two seconds, nothing ahead of the cursor in no-spoilers mode, nothing once stopped.
 */
import { act, render, screen } from '@testing-library/react';
import type { Mock } from 'vitest';
import { dataset } from '../../data/load/bundledDataset';
import { createAppStore, type AppStore } from '../../state/store';
import { StoreProvider } from '../../state/StoreContext';
import type { LinkView } from '../../state/view';
import { Announcer } from './Announcer';
import { announceChanges } from './announceChanges';

// The real work, watched: the Announcer starts it once its module has loaded, and stops it when it goes.
vi.mock('./announceChanges', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./announceChanges')>();
  return { announceChanges: vi.fn((...args: Parameters<typeof actual.announceChanges>) => vi.fn(actual.announceChanges(...args))) };
});

const phoenix = dataset.races.get('phoenix-2023')!;

const storeAt = (view: Partial<LinkView> = {}) => createAppStore(dataset, { race: phoenix.id, lap: 100, event: null, quote: null, hideAhead: false, ...view });

describe('announceChanges', () => {
  let region: HTMLParagraphElement;
  let store: AppStore;
  let stop: () => void;
  const said = () => region.textContent;
  /** Starts announcing over a store at `view`, time faked (the two-second gap reads performance.now). */
  const start = (view: Partial<LinkView> = {}) => {
    store = storeAt(view);
    stop = announceChanges(store, dataset, { current: region });
    return store.getState();
  };
  /** Play started at `lap` (at `speed`), and the two seconds after its announcement gone by. */
  const playingFrom = (lap: number, speed = 4) => {
    start({ lap });
    store.getState().setSpeed(speed);
    store.getState().setPlaying(true);
    vi.advanceTimersByTime(2000);
  };

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
    // Not at 0, so a gap measured from a time never set (or from 0) would show.
    vi.advanceTimersByTime(10_000);
    region = document.createElement('p');
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('says the incident a reader selects, and nothing when the selection is cleared', () => {
    start();
    store.getState().selectEvent('hocevar-spins-heim');
    expect(said()).toBe('Selected: Lap 120: Hocevar spins Heim, approximate lap (laps 119–121).');
    vi.advanceTimersByTime(2000);
    store.getState().selectEvent(null);
    expect(store.getState().event).toBeNull();
    expect(said()).toBe('Selected: Lap 120: Hocevar spins Heim, approximate lap (laps 119–121).');
  });

  it('says a selection of an incident ahead of the cursor outside no-spoilers mode, and never one ahead in it', () => {
    start({ lap: 100 });
    // Set as it is, without the store's rule that drops an incident ahead (which would keep it from being selected at all).
    store.setState({ event: 'eckes-wins' });
    expect(said()).toBe('Selected: Lap 179: Eckes wins after four overtimes (exact lap).');
    vi.advanceTimersByTime(2000);
    store.setState({ event: null, hideAhead: true });
    store.setState({ event: 'hocevar-spins-heim' });
    vi.advanceTimersByTime(2000);
    expect(said()).toBe('');
    // At the cursor's lap it is not ahead.
    store.setState({ lap: 120, event: null });
    store.setState({ event: 'hocevar-spins-heim' });
    expect(said()).toBe('Selected: Lap 120: Hocevar spins Heim, approximate lap (laps 119–121).');
  });

  it('says nothing of an incident the race does not have', () => {
    start();
    store.setState({ event: 'no-such-incident' });
    vi.advanceTimersByTime(2000);
    expect(said()).toBe('');
  });

  it('says where Play starts and how fast: one lap a second, or several', () => {
    start({ lap: 100 });
    store.getState().setSpeed(1);
    store.getState().setPlaying(true);
    expect(said()).toBe('Playing from lap 100, 1 lap a second.');
    store.getState().setPlaying(false);
    store.getState().setSpeed(4);
    store.getState().setPlaying(true);
    expect(said()).toBe('Playing from lap 100, 4 laps a second.');
  });

  it('says where Play was paused, or that it reached the finish', () => {
    playingFrom(100);
    store.getState().setLap(101);
    vi.advanceTimersByTime(2000);
    store.getState().setPlaying(false);
    expect(said()).toBe('Paused at lap 101.');
    store.getState().setPlaying(true);
    store.getState().setLap(178);
    vi.advanceTimersByTime(2000);
    store.getState().setPlaying(false);
    expect(said()).toBe('Paused at lap 178.');
    store.getState().setPlaying(true);
    store.getState().setLap(179);
    vi.advanceTimersByTime(2000);
    store.getState().setPlaying(false);
    expect(said()).toBe('Play reached the finish, lap 179.');
  });

  it('names an incident Play passes, at once when the last announcement is two seconds old', () => {
    playingFrom(117);
    store.getState().setLap(118);
    expect(said()).toBe('Playing from lap 117, 4 laps a second.');
    store.getState().setLap(119);
    expect(said()).toBe('Lap 119: Heim passes Hocevar, approximate lap (laps 118–120).');
  });

  it('says at most one thing every two seconds: what came meanwhile is said by the timer, the latest named and the others counted', () => {
    playingFrom(117);
    store.getState().setLap(119);
    expect(said()).toBe('Lap 119: Heim passes Hocevar, approximate lap (laps 118–120).');
    vi.advanceTimersByTime(500);
    store.getState().setLap(120);
    expect(said()).toBe('Lap 119: Heim passes Hocevar, approximate lap (laps 118–120).');
    vi.advanceTimersByTime(1499);
    expect(said()).toBe('Lap 119: Heim passes Hocevar, approximate lap (laps 118–120).');
    vi.advanceTimersByTime(1);
    expect(said()).toBe('Lap 120: Hocevar spins Heim, approximate lap (laps 119–121).');
    // Two more within the next two seconds: one announcement for both, singular.
    store.getState().setLap(121);
    vi.advanceTimersByTime(1000);
    store.getState().setLap(124);
    expect(said()).toBe('Lap 120: Hocevar spins Heim, approximate lap (laps 119–121).');
    vi.advanceTimersByTime(1000);
    expect(said()).toBe('Lap 124: Rhodes moves ahead in the title fight, approximate lap (laps 124–125), and 1 more incident on the way.');
    // Three in one step, plural; then the count starts again.
    store.getState().setLap(129);
    vi.advanceTimersByTime(2000);
    expect(said()).toBe('Lap 129: Currey, Parsons and Dye crash, approximate lap (laps 129–131), and 1 more incident on the way.');
    store.getState().setLap(147);
    vi.advanceTimersByTime(2000);
    expect(said()).toBe('Lap 147: Heim turns into Hocevar, approximate lap (laps 147–148), and 1 more incident on the way.');
    store.getState().setLap(158);
    vi.advanceTimersByTime(2000);
    expect(said()).toBe('Lap 158: Enfinger pits with damage (exact lap), and 2 more incidents on the way.');
    // Nothing more to say: the timer is done.
    vi.advanceTimersByTime(10_000);
    expect(said()).toBe('Lap 158: Enfinger pits with damage (exact lap), and 2 more incidents on the way.');
  });

  it('says nothing while the reader moves the cursor past incidents without Play', () => {
    start({ lap: 117 });
    store.getState().setLap(125);
    store.getState().scrubTo(131);
    vi.advanceTimersByTime(2000);
    expect(said()).toBe('');
  });

  it('says nothing of a step back while playing, not even into another stage', () => {
    playingFrom(95);
    store.getState().setLap(85);
    vi.advanceTimersByTime(2000);
    expect(said()).toBe('Playing from lap 95, 4 laps a second.');
  });

  it('adds what comes while a late timer is due to what it will say, rather than saying it first', () => {
    playingFrom(117);
    store.getState().setLap(119);
    const due = performance.now() + 2000;
    store.getState().setLap(120);
    // The timer is late (a background tab): two seconds have passed, it has not run yet.
    const now = vi.spyOn(performance, 'now').mockReturnValue(due + 500);
    store.getState().setLap(121);
    expect(said()).toBe('Lap 119: Heim passes Hocevar, approximate lap (laps 118–120).');
    now.mockRestore();
    vi.advanceTimersByTime(2000);
    expect(said()).toBe('Lap 121: Heim pits for repairs, approximate lap (laps 120–124), and 1 more incident on the way.');
  });

  it('names a stage or an overtime Play begins when no incident is passed', () => {
    playingFrom(89);
    // Lap 90 has an incident; lap 91 begins the final stage; lap 92 is in it still.
    store.getState().setLap(90);
    vi.advanceTimersByTime(2000);
    store.getState().setLap(91);
    expect(said()).toBe('Lap 91: Final stage.');
    vi.advanceTimersByTime(2000);
    store.getState().setLap(92);
    vi.advanceTimersByTime(2000);
    expect(said()).toBe('Lap 91: Final stage.');
    store.getState().setPlaying(false);
    playingFrom(149);
    store.getState().setLap(150);
    vi.advanceTimersByTime(2000);
    expect(said()).toBe('Playing from lap 149, 4 laps a second.');
    store.getState().setLap(151);
    expect(said()).toBe('Lap 151: Overtime 1.');
  });

  it('says an incident passed still to be said rather than a stage begun after it', () => {
    playingFrom(161);
    store.getState().setLap(162);
    vi.advanceTimersByTime(500);
    // Lap 163 has an incident, to be said by the timer; lap 164 begins the third overtime.
    store.getState().setLap(163);
    store.getState().setLap(164);
    expect(said()).toBe('Lap 162: Leader Smith crashes on the second overtime restart, inferred lap (laps 162–163).');
    vi.advanceTimersByTime(1500);
    expect(said()).toBe('Lap 163: Wood eliminated, inferred lap (lap 163).');
    vi.advanceTimersByTime(5000);
    expect(said()).toBe('Lap 163: Wood eliminated, inferred lap (lap 163).');
  });

  it('says the selection, not a pause, when a reader selects an incident while Play runs', () => {
    playingFrom(100);
    store.getState().selectEvent('hocevar-spins-heim');
    expect(store.getState().playing).toBe(false);
    expect(said()).toBe('Selected: Lap 120: Hocevar spins Heim, approximate lap (laps 119–121).');
  });

  it('keeps the two-second gap across a pause and a new start: what Play passes next waits for its own timer', () => {
    playingFrom(117);
    store.getState().setLap(119);
    vi.advanceTimersByTime(500);
    store.getState().setLap(121);
    store.getState().setPlaying(false);
    store.getState().setPlaying(true);
    expect(said()).toBe('Playing from lap 121, 4 laps a second.');
    store.getState().setLap(124);
    // The timer of what was pending before the pause (due 1.5 s from now) is gone.
    vi.advanceTimersByTime(1999);
    expect(said()).toBe('Playing from lap 121, 4 laps a second.');
    vi.advanceTimersByTime(1);
    expect(said()).toBe('Lap 124: Rhodes moves ahead in the title fight, approximate lap (laps 124–125).');
  });

  it('puts what Play passed and was still to say before where it stopped, and says nothing of it again', () => {
    playingFrom(117);
    store.getState().setLap(119);
    vi.advanceTimersByTime(500);
    store.getState().setLap(121);
    store.getState().setPlaying(false);
    expect(said()).toBe('Lap 121: Heim pits for repairs, approximate lap (laps 120–124), and 1 more incident on the way. Paused at lap 121.');
    vi.advanceTimersByTime(5000);
    expect(said()).toBe('Lap 121: Heim pits for repairs, approximate lap (laps 120–124), and 1 more incident on the way. Paused at lap 121.');
  });

  it('says Play’s start at once, even within two seconds of the last announcement, and nothing left over from before', () => {
    start({ lap: 100 });
    store.getState().selectEvent('hocevar-spins-heim');
    store.getState().setPlaying(true);
    expect(said()).toBe('Playing from lap 120, 4 laps a second.');
    // What was said before the start was written at once: nothing was pending to prefix.
    vi.advanceTimersByTime(5000);
    expect(said()).toBe('Playing from lap 120, 4 laps a second.');
  });

  describe('in no-spoilers mode', () => {
    it('empties the region when the cursor moves before what it says, and only then', () => {
      start({ lap: 100, hideAhead: true });
      store.getState().selectEvent('hocevar-spins-heim');
      expect(said()).toBe('Selected: Lap 120: Hocevar spins Heim, approximate lap (laps 119–121).');
      store.getState().setLap(125);
      expect(said()).toBe('Selected: Lap 120: Hocevar spins Heim, approximate lap (laps 119–121).');
      store.getState().setLap(120);
      expect(said()).toBe('Selected: Lap 120: Hocevar spins Heim, approximate lap (laps 119–121).');
      store.getState().setLap(119);
      expect(said()).toBe('');
    });

    it('keeps what it says when the mode is off', () => {
      start({ lap: 100 });
      store.getState().selectEvent('hocevar-spins-heim');
      store.getState().setLap(100);
      expect(said()).toBe('Selected: Lap 120: Hocevar spins Heim, approximate lap (laps 119–121).');
    });

    it('empties it of what the timer said, of the latest lap it covered, when the cursor goes back before that', () => {
      start({ lap: 117, hideAhead: true });
      store.getState().setPlaying(true);
      store.getState().setLap(119);
      store.getState().setLap(121);
      vi.advanceTimersByTime(2000);
      expect(said()).toBe('Lap 121: Heim pits for repairs, approximate lap (laps 120–124), and 2 more incidents on the way.');
      store.getState().setLap(121);
      store.getState().setLap(120);
      expect(said()).toBe('');
    });

    it('drops what is still to be said when the cursor goes back before it', () => {
      start({ lap: 117, hideAhead: true });
      store.getState().setPlaying(true);
      store.getState().setLap(119);
      store.getState().setLap(118);
      // The start's lap (117) is not ahead: it stays; the incident of lap 119 is never said.
      vi.advanceTimersByTime(5000);
      expect(said()).toBe('Playing from lap 117, 4 laps a second.');
    });

    it('counts none of the incidents it dropped in what it says next: neither twice, nor those ahead of the cursor', () => {
      start({ lap: 117, hideAhead: true });
      store.getState().setPlaying(true);
      // Still within two seconds of the start's announcement: laps 119 to 121 wait for the timer...
      store.getState().setLap(119);
      store.getState().setLap(121);
      // ...and are dropped when the cursor goes back before them (Play runs on), then lap 119 comes again.
      store.getState().setLap(118);
      store.getState().setLap(119);
      vi.advanceTimersByTime(2000);
      expect(said()).toBe('Lap 119: Heim passes Hocevar, approximate lap (laps 118–120).');
    });

    it('measures what the timer says next by its own laps, not by those of what it said before', () => {
      start({ lap: 117, hideAhead: true });
      store.getState().setPlaying(true);
      store.getState().setLap(119);
      store.getState().setLap(121);
      vi.advanceTimersByTime(2000);
      expect(said()).toMatch(/^Lap 121: /);
      // Back before it (the chart's scrub surface leaves Play running), then on past lap 119 again.
      store.getState().setLap(118);
      expect(said()).toBe('');
      store.getState().setLap(119);
      vi.advanceTimersByTime(2000);
      expect(said()).toBe('Lap 119: Heim passes Hocevar, approximate lap (laps 118–120).');
      store.getState().setSpeed(8);
      expect(said()).toBe('Lap 119: Heim passes Hocevar, approximate lap (laps 118–120).');
    });

    it('empties a pause that names an incident ahead of the cursor when the mode is turned on', () => {
      playingFrom(117);
      store.getState().setLap(119);
      store.getState().setLap(121);
      // Back two laps, still playing: the incidents of laps 120 and 121 are still to be said, and are said with the pause.
      store.getState().setLap(119);
      store.getState().setPlaying(false);
      expect(said()).toBe('Lap 121: Heim pits for repairs, approximate lap (laps 120–124), and 1 more incident on the way. Paused at lap 119.');
      store.getState().setHideAhead(true);
      expect(said()).toBe('');
    });
  });

  it('announces incidents, not the selection again, while Play goes on from a selected incident', () => {
    start({ lap: 100 });
    store.getState().selectEvent('hocevar-spins-heim');
    vi.advanceTimersByTime(2000);
    store.getState().setPlaying(true);
    vi.advanceTimersByTime(2000);
    store.getState().setLap(121);
    expect(store.getState().event).toBe('hocevar-spins-heim');
    expect(said()).toBe('Lap 121: Heim pits for repairs, approximate lap (laps 120–124).');
  });

  it('names what Play passed in the update that cleared the selection', () => {
    start({ lap: 100 });
    store.getState().selectEvent('hocevar-spins-heim');
    store.getState().setPlaying(true);
    vi.advanceTimersByTime(2000);
    store.setState({ event: null, lap: 121 });
    expect(said()).toBe('Lap 121: Heim pits for repairs, approximate lap (laps 120–124).');
  });

  it('says nothing when the race changes, even to an incident of the other race', () => {
    start({ lap: 100 });
    store.getState().applyView({ race: 'roval-2025', lap: 1, event: 'calamity-corner-crash', quote: null, hideAhead: false }, []);
    expect(store.getState().event).toBe('calamity-corner-crash');
    store.getState().selectRace(phoenix.id);
    vi.advanceTimersByTime(2000);
    expect(said()).toBe('');
  });

  it('says nothing over a race it does not have', () => {
    start({ lap: 100 });
    store.setState({ race: 'not-loaded' });
    store.setState({ event: 'hocevar-spins-heim', playing: true, lap: 121 });
    vi.advanceTimersByTime(2000);
    expect(said()).toBe('');
  });

  it('says nothing once stopped, not even what it was about to say', () => {
    playingFrom(117);
    store.getState().setLap(119);
    store.getState().setLap(121);
    expect(said()).toBe('Lap 119: Heim passes Hocevar, approximate lap (laps 118–120).');
    stop();
    vi.advanceTimersByTime(5000);
    store.getState().setPlaying(false);
    expect(said()).toBe('Lap 119: Heim passes Hocevar, approximate lap (laps 118–120).');
  });

  it('writes nowhere while the region is gone', () => {
    const detached = { current: null as HTMLElement | null };
    store = storeAt({ hideAhead: true });
    const stopDetached = announceChanges(store, dataset, detached);
    store.getState().selectEvent('hocevar-spins-heim');
    // Before what it would have said, in no-spoilers mode: there is nothing to empty.
    store.getState().setLap(110);
    stopDetached();
    stop = announceChanges(store, dataset, { current: region });
    store.getState().selectEvent('heim-pits-after-spin');
    expect(said()).toBe('Selected: Lap 121: Heim pits for repairs, approximate lap (laps 120–124).');
  });
});

describe('Announcer', () => {
  const region = () => screen.getByRole('status', { name: 'Announcements' });
  const renderAnnouncer = (store: AppStore) =>
    render(
      <StoreProvider store={store} dataset={dataset}>
        <Announcer />
      </StoreProvider>,
    );
  /** What each start of its work returned: the function that stops it. */
  const stops = () => vi.mocked(announceChanges).mock.results.map((r) => r.value as Mock<() => void>);

  beforeEach(() => {
    vi.mocked(announceChanges).mockClear();
  });

  it('is a polite, empty, visually hidden status region, which says the incident a reader selects once its work has loaded', async () => {
    const store = storeAt();
    renderAnnouncer(store);
    expect(region()).toHaveAttribute('aria-live', 'polite');
    expect(region()).toHaveClass('visually-hidden');
    expect(region()).toBeEmptyDOMElement();
    await act(() => vi.dynamicImportSettled());
    act(() => store.getState().selectEvent('hocevar-spins-heim'));
    expect(region()).toHaveTextContent(/^Selected: Lap 120: Hocevar spins Heim, approximate lap \(laps 119–121\)\.$/);
  });

  it('stops its work when it goes', async () => {
    const { unmount } = renderAnnouncer(storeAt());
    await act(() => vi.dynamicImportSettled());
    expect(stops()).toHaveLength(1);
    expect(stops()[0]).not.toHaveBeenCalled();
    unmount();
    expect(stops()[0]).toHaveBeenCalledTimes(1);
  });

  it('never starts its work when it goes before the work has loaded', async () => {
    const { unmount } = renderAnnouncer(storeAt());
    unmount();
    await vi.dynamicImportSettled();
    expect(announceChanges).not.toHaveBeenCalled();
  });

  it('announces from a new store once it is given one, and no longer from the old', async () => {
    const first = storeAt();
    const { rerender } = renderAnnouncer(first);
    await act(() => vi.dynamicImportSettled());
    const second = storeAt({ lap: 50 });
    rerender(
      <StoreProvider store={second} dataset={dataset}>
        <Announcer />
      </StoreProvider>,
    );
    await act(() => vi.dynamicImportSettled());
    expect(stops().map((stop) => stop.mock.calls.length)).toEqual([1, 0]);
    act(() => first.getState().selectEvent('hocevar-spins-heim'));
    expect(region()).toBeEmptyDOMElement();
    act(() => second.getState().selectEvent('andretti-hacker-crash'));
    expect(region()).toHaveTextContent(/^Selected: Lap 54: Andretti and Hacker crash on the backstretch, approximate lap \(laps 54–56\)\.$/);
  });
});
