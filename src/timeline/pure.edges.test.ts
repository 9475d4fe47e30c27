/**
 * The pure timeline helpers at their edges: which drivers get a lane and in what order, lane
 * membership, tooltip texts and placement, hit areas and the lap scale's degenerate cases.
 */
import * as v from 'valibot';
import { dataset } from '../data/load/bundledDataset';
import mini from '../data/fixtures/mini-race.json';
import { raceSchema, type EventKind, type Race, type RaceEvent } from '../data/schema';
import { hitSpans } from './hitSpans';
import { buildLanes, featuredDrivers, KIND_LANES, kindLabel } from './lanes';
import { scaleLinear } from './scale';
import { cautionName, cautionTip, certaintyText, eventTip, overtimeName, overtimeTip, tipPlacement } from './tooltip';

const fixture = v.parse(raceSchema, mini);
const phoenix = dataset.races.get('phoenix-2023')!;

/** A race of the fixture's frame with these drivers and events (each event: its drivers). */
function raceWith(drivers: { id: string; contender?: boolean }[], events: string[][], results: string[] = []): Race {
  return {
    ...fixture,
    drivers: drivers.map((d) => ({ id: d.id, name: d.id.toUpperCase(), ...(d.contender ? { contender: true } : {}) })),
    events: events.map((ids, i) => ({ ...fixture.events[0]!, id: `e${i}`, lap: i + 1, drivers: ids })),
    results: results.map((driver, i) => ({ position: i + 1, driver })),
  };
}
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('featuredDrivers', () => {
  it('ranks contenders, then drivers in two incidents or more, by incidents; then orders them by finish', () => {
    const race = raceWith(
      [{ id: 'c-one', contender: true }, { id: 'c-three', contender: true }, { id: 'r-two' }, { id: 'r-three' }, { id: 'solo' }, { id: 'c-none', contender: true }],
      [['c-one', 'c-three', 'r-two', 'r-three', 'solo'], ['c-three', 'r-two', 'r-three'], ['c-three', 'r-three']],
      ['r-two', 'solo', 'c-three', 'r-three', 'c-one'],
    );
    expect(ids(featuredDrivers(race))).toEqual(['r-two', 'c-three', 'r-three', 'c-one']);
    // Capped after ranking, before ordering by finish: the best-ranked stay.
    expect(ids(featuredDrivers(race, 2))).toEqual(['c-three', 'c-one']);
    expect(ids(featuredDrivers(race, 3))).toEqual(['c-three', 'r-three', 'c-one']);
  });

  it('counts a driver once per incident, and puts drivers with no result last', () => {
    const race = raceWith([{ id: 'twice-listed' }, { id: 'pair' }, { id: 'unplaced', contender: true }], [['twice-listed', 'twice-listed', 'pair', 'unplaced'], ['pair']], ['pair']);
    expect(ids(featuredDrivers(race))).toEqual(['pair', 'unplaced']);
  });

  it('keeps six at most by default', () => {
    expect(featuredDrivers(phoenix)).toHaveLength(6);
    expect(featuredDrivers(phoenix, 7)).toHaveLength(7);
  });
});

describe('buildLanes', () => {
  it('by kind: the five kinds in a fixed order, each with its incidents in lap order', () => {
    const { lanes, primaryLane } = buildLanes(fixture, 'kind');
    expect(lanes.map((l) => [l.id, l.label, ids(l.events)])).toEqual([
      ['kind:contact', 'Contact & crashes', ['tangle', 'same-lap-contact']],
      ['kind:caution', 'Cautions & restarts', ['yellow']],
      ['kind:pit', 'Pit & strategy', []],
      ['kind:leader', 'Leaders & stages', ['start']],
      ['kind:finish', 'Finish & title', ['finish']],
    ]);
    expect([...primaryLane]).toEqual([
      ['tangle', 'kind:contact'],
      ['same-lap-contact', 'kind:contact'],
      ['yellow', 'kind:caution'],
      ['start', 'kind:leader'],
      ['finish', 'kind:finish'],
    ]);
  });

  it('by driver: a lane per featured driver named for them, then Others; the first lane of an incident is its primary', () => {
    const race = raceWith([{ id: 'ann', contender: true }, { id: 'bob', contender: true }, { id: 'cal' }], [['ann', 'bob'], ['bob'], [], ['cal']], ['bob', 'ann']);
    const { lanes, primaryLane } = buildLanes(race, 'driver');
    expect(lanes.map((l) => [l.id, l.label, ids(l.events)])).toEqual([
      ['driver:bob', 'BOB', ['e0', 'e1']],
      ['driver:ann', 'ANN', ['e0']],
      ['others', 'Others', ['e2', 'e3']],
    ]);
    expect(Object.fromEntries(primaryLane)).toEqual({ e0: 'driver:bob', e1: 'driver:bob', e2: 'others', e3: 'others' });
  });

  it('names the kinds as the legend does, and an unknown kind by itself', () => {
    expect(KIND_LANES.map((l) => kindLabel(l.kind))).toEqual(KIND_LANES.map((l) => l.label));
    expect(kindLabel('pit')).toBe('Pit & strategy');
    expect(kindLabel('flyover' as EventKind)).toBe('flyover');
  });
});

describe('tooltip texts', () => {
  const event = (changes: Partial<RaceEvent>): RaceEvent => ({ ...fixture.events[1]!, ...changes });

  it('say how sure a lap is', () => {
    expect(certaintyText('exact', 'laps 1–2')).toBe('Exact lap');
    expect(certaintyText('approximate', 'laps 11–14')).toBe('Approximate lap, laps 11–14');
    expect(certaintyText('inferred', null)).toBe('Inferred lap');
  });

  it('give an incident its lap, title, kind, drivers by name and certainty; a one-lap range is no range', () => {
    expect(eventTip(event({}), fixture)).toEqual({ heading: 'Lap 12', title: 'Able and Baker touch', lines: ['Contact & crashes', 'Ann Able, Bob Baker', 'Approximate lap, laps 11–14'] });
    expect(eventTip(event({ lapRange: [12, 12], certainty: 'inferred', drivers: [] }), fixture).lines).toEqual(['Contact & crashes', 'Inferred lap']);
    expect(eventTip(event({ drivers: ['ann-able', 'someone-else'] }), fixture).lines[1]).toBe('Ann Able, someone-else');
  });

  it('number a caution by the record, or by its place in the list', () => {
    const period = fixture.cautions!.periods[0]!; // unnumbered, laps 12–15, exact
    expect(cautionName(period, 0)).toBe('Caution 1: laps 12–15 (exact)');
    expect(cautionName({ ...period, number: 9, endLap: 12 }, 0)).toBe('Caution 9: lap 12 (exact)');
    expect(cautionTip(period, 2)).toEqual({ heading: 'Caution 3 · laps 12–15', title: 'Debris', lines: ['Exact laps'] });
    expect(cautionTip({ ...period, certainty: 'inferred' }, 0).lines).toEqual(['Inferred laps']);
  });

  it('name and explain an overtime attempt', () => {
    const ot = fixture.overtimes[0]!;
    expect(overtimeName(ot)).toBe('Overtime 1: laps 31–34 (exact)');
    expect(overtimeTip(ot)).toEqual({ heading: 'Overtime 1 · laps 31–34', title: 'One attempt, to the flag.', lines: ['Exact laps'] });
    expect(overtimeTip({ ...ot, certainty: 'approximate' }).lines).toEqual(['Approximate laps']);
  });
});

describe('tipPlacement', () => {
  it('goes above an anchor lower than 120 px, below one at 120 px or higher up', () => {
    expect(tipPlacement(500, 121, 1000)).toMatchObject({ top: 105, above: true });
    expect(tipPlacement(500, 120, 1000)).toMatchObject({ top: 136, above: false });
  });

  it('is at most 280 px wide, 8 px narrower than a small chart, and never under 120 px', () => {
    expect(tipPlacement(500, 200, 1000).width).toBe(280);
    expect(tipPlacement(100, 200, 288).width).toBe(280);
    expect(tipPlacement(100, 200, 200).width).toBe(192);
    expect(tipPlacement(50, 200, 100)).toEqual({ left: 4, top: 184, width: 120, above: true });
  });

  it('keeps 4 px from either side of the chart', () => {
    expect(tipPlacement(144, 200, 1000).left).toBe(4);
    expect(tipPlacement(145, 200, 1000).left).toBe(5);
    expect(tipPlacement(856, 200, 1000).left).toBe(716);
    expect(tipPlacement(900, 200, 1000).left).toBe(716);
  });
});

describe('hitSpans', () => {
  it('widen a mark to the minimum given, and keep a mark wider than it', () => {
    expect(hitSpans([{ x0: 100, x1: 104 }], 40)).toEqual([{ left: 82, right: 122 }]);
    expect(hitSpans([{ x0: 100, x1: 124 }])).toEqual([{ left: 100, right: 124 }]);
    expect(hitSpans([])).toEqual([]);
  });

  it('meet halfway between crowded neighbours, on both sides of a middle mark', () => {
    expect(hitSpans([{ x0: 0, x1: 2 }, { x0: 10, x1: 12 }, { x0: 20, x1: 22 }])).toEqual([
      { left: -11, right: 6 },
      { left: 6, right: 16 },
      { left: 16, right: 33 },
    ]);
  });
});

describe('scaleLinear', () => {
  it('maps a one-lap domain to the middle of the range and inverts to that lap', () => {
    const one = scaleLinear([5, 5], [100, 300]);
    expect(one(5)).toBe(200);
    expect(one(9)).toBe(200);
    expect(one.invert(123)).toBe(5);
  });

  it('maps and inverts exactly, and ticks a reversed domain as the ordered one', () => {
    const s = scaleLinear([1, 11], [100, 200]);
    expect([s(1), s(6), s(11), s(21)]).toEqual([100, 150, 200, 300]);
    expect([s.invert(100), s.invert(150), s.invert(300)]).toEqual([1, 6, 21]);
    const reversed = scaleLinear([11, 1], [100, 200]);
    expect(reversed(11)).toBe(100);
    expect(reversed.ticks(5)).toEqual(s.ticks(5));
    expect(s.ticks(5)).toEqual([2, 4, 6, 8, 10]);
    expect([reversed.domain(), reversed.range()]).toEqual([
      [11, 1],
      [100, 200],
    ]);
  });
});

describe('featuredDrivers when contenders outnumber the lanes', () => {
  it('keeps the contenders in the most incidents, whatever order the race lists them in', () => {
    const race = raceWith([{ id: 'c-one', contender: true }, { id: 'c-two', contender: true }, { id: 'c-three', contender: true }], [['c-one', 'c-two', 'c-three'], ['c-two', 'c-three'], ['c-three']]);
    expect(ids(featuredDrivers(race, 1))).toEqual(['c-three']);
    expect(ids(featuredDrivers(race, 2)).sort()).toEqual(['c-three', 'c-two']);
  });
});
