import * as v from 'valibot';
import { raceSchema, type Race } from '../data/schema';
import mini from '../data/fixtures/mini-race.json';
import { dataset } from '../data/load/bundledDataset';
import { buildLanes, featuredDrivers, KIND_LANES, MAX_FEATURED_DRIVERS } from './lanes';

const phoenix = dataset.races.get('phoenix-2023')!;
const roval = dataset.races.get('roval-2025')!;
const fixture = v.parse(raceSchema, mini);

describe('featuredDrivers', () => {
  it('puts the title contenders first, then the drivers in the most incidents, in finishing order', () => {
    const featured = featuredDrivers(phoenix);
    expect(featured).toHaveLength(MAX_FEATURED_DRIVERS);
    const contenders = phoenix.drivers.filter((d) => d.contender).map((d) => d.id);
    expect(featured.map((d) => d.id)).toEqual(expect.arrayContaining(contenders));
    const position = (id: string) => phoenix.results!.find((r) => r.driver === id)!.position;
    const positions = featured.map((d) => position(d.id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('caps the lanes even when there are more contenders than room', () => {
    expect(roval.drivers.filter((d) => d.contender).length).toBeGreaterThan(MAX_FEATURED_DRIVERS);
    const featured = featuredDrivers(roval);
    expect(featured).toHaveLength(MAX_FEATURED_DRIVERS);
    expect(featured.every((d) => d.contender)).toBe(true);
    expect(featured.map((d) => d.id)).toContain('corey-heim');
  });

  it('leaves out drivers in only one incident unless they are contenders', () => {
    const race: Race = {
      ...fixture,
      drivers: [
        { id: 'solo', name: 'Solo' },
        { id: 'pair', name: 'Pair' },
      ],
      events: fixture.events.map((e, i) => ({ ...e, drivers: i === 0 ? ['solo', 'pair'] : i === 1 ? ['pair'] : [] })),
    };
    expect(featuredDrivers(race).map((d) => d.id)).toEqual(['pair']);
  });
});

describe('buildLanes', () => {
  it('by kind: one lane per kind, each incident once', () => {
    const { lanes, primaryLane } = buildLanes(phoenix, 'kind');
    expect(lanes.map((l) => l.label)).toEqual(KIND_LANES.map((l) => l.label));
    expect(lanes.flatMap((l) => l.events)).toHaveLength(phoenix.events.length);
    expect(primaryLane.get('hocevar-spins-heim')).toBe('kind:contact');
  });

  it('by driver: an incident is in each featured driver lane, its first lane being the focusable one', () => {
    const { lanes, primaryLane } = buildLanes(phoenix, 'driver');
    const withSpin = lanes.filter((l) => l.events.some((e) => e.id === 'hocevar-spins-heim')).map((l) => l.id);
    expect(withSpin).toEqual(expect.arrayContaining(['driver:corey-heim', 'driver:carson-hocevar']));
    expect(primaryLane.get('hocevar-spins-heim')).toBe(withSpin[0]);
    // Every incident is somewhere: in a driver lane or in Others.
    for (const event of phoenix.events) expect(primaryLane.has(event.id), event.id).toBe(true);
    const others = lanes.find((l) => l.id === 'others')!;
    expect(others.label).toBe('Others');
    expect(others.events.map((e) => e.id)).toContain('andretti-hacker-crash');
  });

  it('has no Others lane when every incident has a featured driver', () => {
    const race: Race = { ...fixture, events: fixture.events.map((e) => ({ ...e, drivers: ['ann-able', 'bob-baker'] })) };
    expect(buildLanes(race, 'driver').lanes.map((l) => l.id)).not.toContain('others');
  });
});
