import { catalog, comparing, viewOf } from './fixture';
import { follow, followInto, openRace, setField } from './race';

describe('openRace', () => {
  it('opens a race as its page does: at the finish, nothing selected, not zoomed, not compared; the settings kept', () => {
    const view = viewOf({ event: 'spin', quote: 'q', zoom: [3, 15], lanes: 'driver', compare: { races: ['a', 'b'], align: 'togo', at: -3 } });
    expect(openRace('b')(view, catalog)).toEqual({ view: viewOf({ race: 'b', lap: 10, lanes: 'driver' }), notices: [] });
  });

  it('opens on lap 1 without spoilers', () => {
    expect(openRace('b')(viewOf({ hideAhead: true }), catalog)?.view.lap).toBe(1);
  });

  it('keeps following a driver who raced there, and stops with a notice for one who did not', () => {
    expect(openRace('b')(viewOf({ follow: 'both' }), catalog)).toMatchObject({ view: { follow: 'both' }, notices: [] });
    expect(openRace('b')(viewOf({ follow: 'onlyA' }), catalog)).toMatchObject({ view: { follow: null }, notices: ['Only A did not race in the B 100; no driver is followed.'] });
  });

  it('does nothing for a race the site does not have', () => {
    expect(openRace('c')(viewOf(), catalog)).toBeNull();
  });
});

describe('followInto', () => {
  it('says nothing when no one is followed, or when the races shown did not load', () => {
    expect(followInto(catalog, ['b'], null)).toEqual({ follow: null, notices: [] });
    expect(followInto(catalog, ['gone'], 'onlyA')).toEqual({ follow: null, notices: [] });
  });

  it('names every race shown in its notice, and the id of a driver it cannot name', () => {
    expect(followInto(catalog, ['a', 'b'], 'nobody').notices).toEqual(['nobody did not race in the A 200 or the B 100; no driver is followed.']);
  });
});

describe('follow', () => {
  it('follows a driver of the race on screen, or of either race compared, and stops with null', () => {
    expect(follow('onlyA')(viewOf(), catalog)?.view.follow).toBe('onlyA');
    expect(follow('onlyB')(viewOf(), catalog)).toBeNull();
    expect(follow('onlyB')(comparing(0.5), catalog)?.view.follow).toBe('onlyB');
    expect(follow(null)(viewOf({ follow: 'onlyA' }), catalog)?.view.follow).toBeNull();
  });

  it('does nothing for the driver already followed', () => {
    expect(follow('onlyA')(viewOf({ follow: 'onlyA' }), catalog)).toBeNull();
    expect(follow(null)(viewOf(), catalog)).toBeNull();
  });
});

describe('setField', () => {
  it('sets the quote or the lanes, and does nothing for the value it has', () => {
    expect(setField('quote', 'q')(viewOf(), catalog)?.view).toEqual(viewOf({ quote: 'q' }));
    expect(setField('lanes', 'driver')(viewOf(), catalog)?.view).toEqual(viewOf({ lanes: 'driver' }));
    expect(setField('lanes', 'kind')(viewOf(), catalog)).toBeNull();
    expect(setField('quote', null)(viewOf(), catalog)).toBeNull();
  });
});
