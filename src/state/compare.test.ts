import { dataset } from '../data/load/bundledDataset';
import { addressOf, parseAddress } from './address';
import { catalogOf, createAppStore } from './store';
import { historyEntryFor, parseView, sameView, serializeView } from './url';
import { fillView, type LinkView } from './view';
import { formatAt, parseAt, withLapAtCursor } from './compare';
import { catalog as small, comparing, viewOf } from './commands/fixture';

const catalog = catalogOf(dataset);
const parse = (search: string) => parseView(search, catalog);
const PAIR = 'compare=phoenix-2023,roval-2025';

describe('compare= in a link', () => {
  it('opens two races lined up by share of the distance, the cursor at the finish', () => {
    const { view, problems } = parse(`?${PAIR}`);
    expect(problems).toEqual([]);
    expect(view.compare).toEqual({ races: ['phoenix-2023', 'roval-2025'], align: 'distance', at: 179 / 150 });
    expect(view.race).toBe('phoenix-2023');
    expect(view.lap).toBe(179);
  });

  it('opens at the start in no-spoilers mode, and lines up by laps to go with align=togo', () => {
    expect(parse(`?${PAIR}&spoilers=hide`).view.compare?.at).toBe(1 / 150);
    const togo = parse(`?${PAIR}&align=togo&at=30`).view;
    expect(togo.compare).toEqual({ races: ['phoenix-2023', 'roval-2025'], align: 'togo', at: -30 });
    expect(togo.lap).toBe(149);
  });

  it('puts the shared cursor on the incident a link selects, in either race', () => {
    const spin = parse(`?${PAIR}&event=hocevar-spins-heim`).view;
    expect(spin.compare?.at).toBe(120 / 150);
    expect([spin.race, spin.event, spin.lap]).toEqual(['phoenix-2023', 'hocevar-spins-heim', 120]);
    // The same id in both races (the pole): race= says whose.
    const pole = parse(`?${PAIR}&race=roval-2025&event=heim-on-pole`).view;
    expect([pole.race, pole.event, pole.lap]).toEqual(['roval-2025', 'heim-on-pole', 1]);
    expect(pole.compare?.at).toBe(1 / 67);
  });

  it('reads at= as a percentage of the distance and snaps it to the nearest lap end of either race', () => {
    const { view } = parse(`?${PAIR}&at=80`);
    expect(view.compare?.at).toBe(0.8);
    expect(view.lap).toBe(120);
    expect(parse(`?${PAIR}&at=80.1`).view.compare?.at).toBe(0.8);
    expect(parse(`?${PAIR}&at=500`).view.compare?.at).toBe(179 / 150);
  });

  it('explains what it cannot use, and falls back to a sensible view', () => {
    const cases: [string, RegExp][] = [
      ['compare=phoenix-2023', /takes two races/],
      ['compare=phoenix-2023,nope', /no race “nope”/],
      ['compare=phoenix-2023,phoenix-2023', /same race twice/],
      [`${PAIR}&align=sideways`, /not “distance” or “togo”/],
      [`${PAIR}&at=far`, /not a percentage of the distance/],
      [`${PAIR}&align=togo&at=1.5`, /not a number of laps to go/],
      [`${PAIR}&race=nope`, /not one of the two compared/],
      [`${PAIR}&zoom=1-20`, /zoom is left out/],
    ];
    for (const [query, message] of cases) {
      const { view, problems } = parse(`?${query}`);
      expect(problems, query).toEqual([expect.stringMatching(message)]);
      expect(view.race, query).toBe('phoenix-2023');
    }
    expect(parse('?compare=phoenix-2023').view.compare).toBeUndefined();
  });

  it('round-trips: every view it parses serializes to a link that parses back to it', () => {
    const links = [
      `?${PAIR}`,
      `?${PAIR}&align=togo&at=12`,
      `?${PAIR}&race=roval-2025&event=calamity-corner-crash&spoilers=hide`,
      `?compare=roval-2025,phoenix-2023&at=33.33&lanes=driver`,
      `?${PAIR}&event=hocevar-spins-heim&quote=hocevar-i-messed-up`,
    ];
    for (const link of links) {
      const view = parse(link).view;
      const again = parse(serializeView(view));
      expect(again.problems, link).toEqual([]);
      expect(sameView(again.view, view), link).toBe(true);
      // And in path form.
      const address = addressOf(view, '/', catalog);
      expect(address, link).toMatch(/^\/compare\/[a-z0-9-]+\/[a-z0-9-]+\//);
      const url = new URL(address, 'http://x');
      const fromPath = parseAddress(url.pathname, url.search, catalog);
      expect(fromPath.problems, address).toEqual([]);
      expect(sameView(fromPath.view, view), address).toBe(true);
    }
  });

  it("gives the comparison's page without a query where the view is the page's own", () => {
    expect(addressOf(parse(`?${PAIR}`).view, '/', catalog)).toBe('/compare/phoenix-2023/roval-2025/');
    expect(addressOf(parse(`?${PAIR}&at=80`).view, '/', catalog)).toBe('/compare/phoenix-2023/roval-2025/?at=80');
    expect(addressOf(parse(`?${PAIR}&event=hocevar-spins-heim`).view, '/news/', catalog)).toBe('/news/compare/phoenix-2023/roval-2025/?event=hocevar-spins-heim');
  });

  it('writes at= so that it reads back as the same position', () => {
    for (const at of [0.8, 2 / 67, 179 / 150, 1 / 150]) expect(parseAt(formatAt(at, 'distance'), 'distance')).toBeCloseTo(at, 4);
    expect(formatAt(-30, 'togo')).toBe('30');
    expect(parseAt('30', 'togo')).toBe(-30);
  });
});

describe('the comparison in the history', () => {
  const single = parse('?race=phoenix-2023&lap=120').view;
  const compared = parse(`?${PAIR}&at=80`).view;
  it('pushes an entry to open or leave a comparison, or to line it up another way; moving its cursor replaces', () => {
    expect(historyEntryFor(single, compared)).toBe('push');
    expect(historyEntryFor(compared, single)).toBe('push');
    expect(historyEntryFor(compared, parse(`?${PAIR}&align=togo&at=59`).view)).toBe('push');
    expect(historyEntryFor(compared, parse(`?${PAIR}&at=81`).view)).toBe('replace');
  });
});

describe('the store while comparing', () => {
  const start = (link: string) => createAppStore(dataset, parse(link).view as LinkView);

  it('moves both races with the shared cursor: each on the lap it had reached at that point', () => {
    const store = start(`?${PAIR}&at=50`);
    store.getState().setCompareAt(0.8);
    expect(store.getState().compare?.at).toBe(0.8);
    expect(store.getState().lap).toBe(120);
    // A position between lap ends snaps to the nearest.
    store.getState().setCompareAt(0.8 + 0.001);
    expect(store.getState().compare?.at).toBe(0.8);
  });

  it('selects an incident of the other race, making it current, and moves the shared cursor to it', () => {
    const store = start(`?${PAIR}&event=hocevar-spins-heim`);
    store.getState().selectCompareEvent('roval-2025', 'calamity-corner-crash');
    const s = store.getState();
    expect([s.race, s.event, s.lap]).toEqual(['roval-2025', 'calamity-corner-crash', 1]);
    expect(s.compare?.at).toBe(1 / 67);
    // An incident of a race not compared is refused.
    store.getState().selectCompareEvent('nope', 'x');
    expect(store.getState().event).toBe('calamity-corner-crash');
  });

  it('opens a comparison where the reader is, and closes it back to that race and lap', () => {
    const store = start('?race=roval-2025&event=calamity-corner-crash');
    store.getState().openCompare(['phoenix-2023', 'roval-2025']);
    let s = store.getState();
    expect(s.compare?.races).toEqual(['phoenix-2023', 'roval-2025']);
    expect([s.race, s.event, s.lap]).toEqual(['roval-2025', 'calamity-corner-crash', 1]);
    store.getState().setAlign('togo');
    s = store.getState();
    expect(s.compare?.align).toBe('togo');
    expect(s.lap).toBe(1);
    store.getState().closeCompare();
    s = store.getState();
    expect(s.compare).toBeNull();
    expect([s.race, s.event]).toEqual(['roval-2025', 'calamity-corner-crash']);
    expect(fillView(parse(serializeView(s)).view).compare).toBeNull();
  });

  it('closes it to the other race at the lap that race is on at the shared cursor, nothing selected', () => {
    const store = start(`?${PAIR}&at=80&event=hocevar-spins-heim`);
    store.getState().closeCompare('roval-2025');
    const s = store.getState();
    expect(s.compare).toBeNull();
    expect([s.race, s.lap, s.event, s.quote]).toEqual(['roval-2025', 53, null, null]);
    // The same from the second race back to the first: the Roval's lap 25 ends at 25/67 of its distance, in Phoenix's lap 55.
    const other = start(`?${PAIR}&race=roval-2025&event=garcia-spin-lap-25`);
    other.getState().closeCompare('phoenix-2023');
    expect([other.getState().race, other.getState().lap, other.getState().event]).toEqual(['phoenix-2023', 55, null]);
    // A race not compared is no way out: the current race, as with no argument.
    const third = start(`?${PAIR}&at=80`);
    third.getState().closeCompare('nope');
    expect([third.getState().compare, third.getState().race, third.getState().lap]).toEqual([null, 'phoenix-2023', 120]);
  });

  it('leaves the comparison for the race a reader picks in the race menu', () => {
    const store = start(`?${PAIR}`);
    store.getState().selectRace('phoenix-2023');
    expect(store.getState().compare).toBeNull();
    expect(store.getState().race).toBe('phoenix-2023');
  });
});

describe('withLapAtCursor', () => {
  it('gives a comparing view the current race’s lap at the shared cursor', () => {
    expect(withLapAtCursor({ ...comparing(0.35), lap: 1 }, small).lap).toBe(7);
    expect(withLapAtCursor({ ...comparing(0.35), race: 'b' }, small).lap).toBe(3);
  });

  it('returns a view of one race, or one whose lap agrees, as it is', () => {
    const one = viewOf({ lap: 2 });
    expect(withLapAtCursor(one, small)).toBe(one);
    const agreeing = comparing(0.35);
    expect(withLapAtCursor(agreeing, small)).toBe(agreeing);
  });
});
