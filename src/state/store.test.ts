import { dataset } from '../data/bundledDataset';
import { createAppStore } from './store';

describe('zoom and lanes in the store', () => {
  const view = { race: 'phoenix-2023', lap: 150, event: null, quote: null, hideAhead: false };

  it('normalises the zoom, replaces the history entry and resets on a race change', () => {
    const store = createAppStore(dataset, view);
    expect(store.getState().zoom).toBeNull();
    expect(store.getState().lanes).toBe('kind');
    store.getState().setZoom([179, 170]);
    expect(store.getState()).toMatchObject({ zoom: [170, 179], historyMode: 'replace' });
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
