import { moveCursor } from './cursor';
import { catalog, viewOf } from './fixture';

describe('moveCursor', () => {
  it('moves to a whole lap within the race, and does nothing for the lap it is on', () => {
    expect(moveCursor(5.4)(viewOf(), catalog)?.view.lap).toBe(5);
    expect(moveCursor(5.6)(viewOf(), catalog)?.view.lap).toBe(6);
    expect(moveCursor(0)(viewOf(), catalog)?.view.lap).toBe(1);
    expect(moveCursor(99)(viewOf(), catalog)?.view.lap).toBe(22);
    expect(moveCursor(12)(viewOf(), catalog)).toBeNull();
    expect(moveCursor(12.4)(viewOf(), catalog)).toBeNull();
  });

  it('changes nothing else, and nothing at all in a race that did not load', () => {
    const view = viewOf({ event: 'spin', follow: 'both', zoom: [3, 15] });
    expect(moveCursor(3)(view, catalog)?.view).toEqual({ ...view, lap: 3 });
    expect(moveCursor(3)(viewOf({ race: 'gone' }), catalog)).toBeNull();
  });
});
