import { dataset } from '../data/load/bundledDataset';
import { createAppStore, viewOf } from './store';
import { historyEntryFor } from './url';

describe('zoom and lanes in the store', () => {
  const view = { race: 'phoenix-2023', lap: 150, event: null, quote: null, hideAhead: false };

  it('normalises the zoom, replaces the history entry and resets on a race change', () => {
    const store = createAppStore(dataset, view);
    expect(store.getState().zoom).toBeNull();
    expect(store.getState().lanes).toBe('kind');
    const before = viewOf(store.getState());
    store.getState().setZoom([179, 170]);
    expect(store.getState()).toMatchObject({ zoom: [170, 179] });
    expect(historyEntryFor(before, viewOf(store.getState()))).toBe('replace');
    store.getState().setZoom([1, 179]);
    expect(store.getState().zoom).toBeNull();
    store.getState().setZoom([120, 179]);
    store.getState().setLanes('driver');
    store.getState().selectRace('roval-2025');
    expect(store.getState()).toMatchObject({ race: 'roval-2025', zoom: null, lanes: 'driver' });
  });

  it('does not notify subscribers when nothing changes', () => {
    const store = createAppStore(dataset, { ...view, zoom: [120, 179], lanes: 'driver' });
    const listener = vi.fn();
    store.subscribe(listener);
    store.getState().setZoom([120, 179]);
    store.getState().setLanes('driver');
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('one store update per gesture', () => {
  const view = { race: 'phoenix-2023', lap: 150, event: null, quote: null, hideAhead: false };

  it('moves the cursor from the slider and stops playback in one update', () => {
    const store = createAppStore(dataset, view);
    store.getState().setPlaying(true);
    const listener = vi.fn();
    store.subscribe(listener);
    store.getState().scrubTo(151);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getState()).toMatchObject({ lap: 151, playing: false });
    store.getState().scrubTo(151.2);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('plays from the last lap by restarting at lap 1, in one update', () => {
    const store = createAppStore(dataset, { ...view, lap: 179 });
    const listener = vi.fn();
    store.subscribe(listener);
    store.getState().setPlaying(true);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getState()).toMatchObject({ lap: 1, playing: true });
  });

  it('applies a view from Back/Forward together with its notices, in one update', () => {
    const store = createAppStore(dataset, view);
    const listener = vi.fn();
    store.subscribe(listener);
    store.getState().applyView({ ...view, lap: 120, event: 'hocevar-spins-heim', lanes: 'driver' }, ['a notice']);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getState()).toMatchObject({ lap: 120, event: 'hocevar-spins-heim', zoom: null, lanes: 'driver', notices: ['a notice'] });
  });
});

describe('zoom commands', () => {
  const view = { race: 'phoenix-2023', lap: 90, event: null, quote: null, hideAhead: false };

  it('zoom in and out around the focus, or the cursor when there is none', () => {
    const store = createAppStore(dataset, view);
    store.getState().zoomBy('in');
    expect(store.getState().zoom).toEqual([46, 135]);
    store.getState().zoomBy('out', 90);
    expect(store.getState().zoom).toBeNull();
    store.getState().zoomBy('in', 1);
    expect(store.getState().zoom).toEqual([1, 90]);
  });
});

describe('following a driver', () => {
  const view = { race: 'phoenix-2023', lap: 150, event: null, quote: null, hideAhead: false };

  it('follows a driver of the race in one update that pushes a history entry, and stops with null', () => {
    const store = createAppStore(dataset, view);
    expect(store.getState().follow).toBeNull();
    const listener = vi.fn();
    store.subscribe(listener);
    const before = viewOf(store.getState());
    store.getState().setFollow('corey-heim');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getState()).toMatchObject({ follow: 'corey-heim', lap: 150, event: null });
    expect(historyEntryFor(before, viewOf(store.getState()))).toBe('push');
    store.getState().setFollow('corey-heim');
    expect(listener).toHaveBeenCalledTimes(1);
    store.getState().setFollow(null);
    expect(store.getState().follow).toBeNull();
  });

  it('refuses a driver who is not in the race', () => {
    const store = createAppStore(dataset, { ...view, race: 'roval-2025', lap: 70 });
    store.getState().setFollow('carson-hocevar');
    store.getState().setFollow('nobody');
    expect(store.getState().follow).toBeNull();
  });

  it('keeps following across a race switch when the driver is in the other race too', () => {
    const store = createAppStore(dataset, { ...view, follow: 'corey-heim', event: 'hocevar-spins-heim', lap: 120 });
    store.getState().selectRace('roval-2025');
    expect(store.getState()).toMatchObject({ race: 'roval-2025', follow: 'corey-heim', event: null, notices: [] });
    store.getState().selectRace('phoenix-2023');
    expect(store.getState()).toMatchObject({ race: 'phoenix-2023', follow: 'corey-heim', notices: [] });
  });

  it('stops following, with a notice, on a race switch when the driver is not in the other race', () => {
    const store = createAppStore(dataset, { ...view, follow: 'carson-hocevar' });
    store.getState().selectRace('roval-2025');
    expect(store.getState()).toMatchObject({ race: 'roval-2025', follow: null, notices: ['Carson Hocevar did not race in the 2025 EcoSave 250; no driver is followed.'] });
  });

  it('carries the driver in the view a link is made from', () => {
    const store = createAppStore(dataset, { ...view, follow: 'ben-rhodes' });
    expect(viewOf(store.getState())).toMatchObject({ follow: 'ben-rhodes' });
  });
});

describe('a comparison without spoilers', () => {
  it('is lined up by distance: turning no-spoilers on leaves laps to go at the same lap, and laps to go is refused until it is off', () => {
    const store = createAppStore(dataset, { race: 'phoenix-2023', lap: 100, event: null, quote: null, hideAhead: false });
    store.getState().openCompare(['phoenix-2023', 'roval-2025']);
    store.getState().setAlign('togo');
    expect(store.getState().compare?.align).toBe('togo');
    store.getState().setHideAhead(true);
    expect(store.getState()).toMatchObject({ hideAhead: true, lap: 100, compare: { align: 'distance' } });
    store.getState().setAlign('togo');
    expect(store.getState().compare?.align).toBe('distance');
    store.getState().setHideAhead(false);
    store.getState().setAlign('togo');
    expect(store.getState()).toMatchObject({ lap: 100, compare: { align: 'togo' } });
  });
});

describe('following a driver across a comparison', () => {
  const view = { race: 'phoenix-2023', lap: 150, event: null, quote: null, hideAhead: false };

  it('keeps the driver when a comparison opens with a race they raced in, and when it closes on such a race', () => {
    const store = createAppStore(dataset, { ...view, follow: 'corey-heim' });
    store.getState().openCompare(['phoenix-2023', 'roval-2025']);
    expect(store.getState()).toMatchObject({ follow: 'corey-heim', notices: [] });
    store.getState().selectCompareEvent('roval-2025', 'heim-wins-10th');
    store.getState().closeCompare();
    expect(store.getState()).toMatchObject({ race: 'roval-2025', compare: null, follow: 'corey-heim', notices: [] });
  });

  it('may follow a driver of either race while comparing; back on one race without them, following stops with a notice', () => {
    const store = createAppStore(dataset, view);
    store.getState().openCompare(['phoenix-2023', 'roval-2025']);
    store.getState().selectCompareEvent('roval-2025', 'heim-wins-10th');
    store.getState().setFollow('carson-hocevar');
    expect(store.getState().follow).toBe('carson-hocevar');
    store.getState().setFollow('nobody');
    expect(store.getState().follow).toBe('carson-hocevar');
    store.getState().closeCompare();
    expect(store.getState()).toMatchObject({ race: 'roval-2025', follow: null, notices: ['Carson Hocevar did not race in the 2025 EcoSave 250; no driver is followed.'] });
  });

  it('a race chosen from a comparison keeps the driver only if they raced there', () => {
    const store = createAppStore(dataset, { ...view, follow: 'carson-hocevar' });
    store.getState().openCompare(['phoenix-2023', 'roval-2025']);
    store.getState().selectRace('roval-2025');
    expect(store.getState()).toMatchObject({ race: 'roval-2025', compare: null, follow: null });
    expect(store.getState().notices).toEqual(['Carson Hocevar did not race in the 2025 EcoSave 250; no driver is followed.']);
  });
});
