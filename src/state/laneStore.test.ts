import { dataset } from '../data/load/bundledDataset';
import { createLaneStore } from './laneStore';
import { catalogOf, createAppStore } from './store';

const catalog = catalogOf(dataset);
const comparing = () => {
  const page = createAppStore(dataset, { race: 'phoenix-2023', lap: 179, event: null, quote: null, hideAhead: false });
  page.getState().openCompare(['phoenix-2023', 'roval-2025']);
  return { page, phoenix: createLaneStore(page, catalog, 'phoenix-2023'), roval: createLaneStore(page, catalog, 'roval-2025') };
};

describe('a lane of a comparison', () => {
  it('shows its race at its lap at the shared cursor, derived from the page’s store', () => {
    const { page, phoenix, roval } = comparing();
    page.getState().setCompareAt(0.8);
    expect([phoenix.getState().race, phoenix.getState().lap]).toEqual(['phoenix-2023', 120]);
    expect([roval.getState().race, roval.getState().lap]).toEqual(['roval-2025', 53]);
  });

  it('has the incident selected only in the race it belongs to, and the driver followed only where they raced', () => {
    const { page, phoenix, roval } = comparing();
    page.getState().selectCompareEvent('phoenix-2023', 'hocevar-spins-heim');
    expect(phoenix.getState().event).toBe('hocevar-spins-heim');
    expect(roval.getState().event).toBeNull();
    page.getState().setFollow('carson-hocevar');
    expect(phoenix.getState().follow).toBe('carson-hocevar');
    expect(roval.getState().follow).toBeNull();
  });

  it('sends a selection and a drag to the page as the comparison’s commands', () => {
    const { page, roval } = comparing();
    roval.getState().selectEvent('heim-on-pole');
    expect([page.getState().race, page.getState().event, page.getState().compare?.at]).toEqual(['roval-2025', 'heim-on-pole', 1 / 67]);
    roval.getState().scrubTo(34);
    expect(page.getState().compare?.at).toBe(34 / 67);
    expect(page.getState().lap).toBe(34);
    // Clearing the selection clears the page's only from the lane whose incident it is.
    createLaneStore(page, catalog, 'phoenix-2023').getState().selectEvent(null);
    expect(page.getState().event).toBe('heim-on-pole');
    roval.getState().selectEvent(null);
    expect(page.getState().event).toBeNull();
  });

  it('does not zoom, and cannot be written to', () => {
    const { page, phoenix } = comparing();
    phoenix.getState().setZoom([10, 40]);
    phoenix.getState().zoomBy('in');
    expect(page.getState().zoom).toBeNull();
    expect(phoenix.getState().zoom).toBeNull();
    expect(() => phoenix.setState({ lap: 3 })).toThrow(/commands/);
  });

  it('is the same state object until the page’s changes, and tells its listeners the lane before and after', () => {
    const { page, phoenix } = comparing();
    expect(phoenix.getState()).toBe(phoenix.getState());
    const seen: [number, number][] = [];
    const stop = phoenix.subscribe((state, previous) => seen.push([previous.lap, state.lap]));
    page.getState().setCompareAt(0.8);
    page.getState().setCompareAt(0.5);
    stop();
    page.getState().setCompareAt(0.1);
    expect(seen).toEqual([
      [179, 120],
      [120, 75],
    ]);
  });

  it('hydrates from the page as it was drawn', () => {
    const { page, phoenix } = comparing();
    expect(phoenix.getInitialState().lap).toBe(page.getInitialState().lap);
    expect(phoenix.getInitialState().compare).toBeNull();
  });
});
