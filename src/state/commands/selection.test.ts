import { perform } from './command';
import { comparing, catalog, viewOf } from './fixture';
import { clearSelection, selectEvent } from './selection';

describe('selectEvent', () => {
  it('selects an incident of the race and moves the cursor to its lap, nothing else', () => {
    const view = viewOf({ zoom: [3, 15], quote: 'q' });
    expect(selectEvent('spin')(view, catalog)?.view).toEqual({ ...view, event: 'spin', lap: 8 });
  });

  it('does nothing for an incident of another race, or in a race that did not load', () => {
    expect(selectEvent('crash')(viewOf(), catalog)).toBeNull();
    expect(selectEvent('spin')(viewOf({ race: 'gone' }), catalog)).toBeNull();
  });

  it('in a comparison, moves the shared cursor to the incident of the current race', () => {
    // As the store runs it: perform derives the lap from the shared cursor.
    const next = perform(selectEvent('spin'), comparing(0.5), catalog)?.view;
    expect(next?.compare?.at).toBe(8 / 20);
    expect([next?.race, next?.event, next?.lap]).toEqual(['a', 'spin', 8]);
  });
});

describe('clearSelection', () => {
  it('clears the incident, and does nothing when none is selected', () => {
    expect(clearSelection(viewOf({ event: 'spin', lap: 8 }), catalog)?.view).toEqual(viewOf({ lap: 8 }));
    expect(clearSelection(viewOf(), catalog)).toBeNull();
  });
});
