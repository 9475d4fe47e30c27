import { perform, withoutEventAhead, type Command } from './command';
import { catalog, viewOf } from './fixture';

describe('perform', () => {
  it('drops a selected incident that lies ahead of the cursor in no-spoilers mode, and only then', () => {
    const toLap = (lap: number): Command => (view) => ({ view: { ...view, lap } });
    const selected = viewOf({ event: 'spin', lap: 8, hideAhead: true });
    expect(perform(toLap(7), selected, catalog)?.view.event).toBeNull();
    expect(perform(toLap(8), selected, catalog)?.view.event).toBe('spin');
    expect(perform(toLap(7), { ...selected, hideAhead: false }, catalog)?.view.event).toBe('spin');
  });

  it('passes the notices on, and null through', () => {
    expect(perform(() => null, viewOf(), catalog)).toBeNull();
    expect(perform((view) => ({ view, notices: ['told'] }), viewOf(), catalog)?.notices).toEqual(['told']);
  });
});

describe('withoutEventAhead', () => {
  it('keeps an incident it does not know (the race not loaded) and the view itself when nothing is dropped', () => {
    const view = viewOf({ race: 'gone', event: 'spin', lap: 1, hideAhead: true });
    expect(withoutEventAhead(view, catalog)).toBe(view);
    const kept = viewOf({ event: 'start', lap: 1, hideAhead: true });
    expect(withoutEventAhead(kept, catalog)).toBe(kept);
  });
});
