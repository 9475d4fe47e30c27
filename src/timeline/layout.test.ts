import * as v from 'valibot';
import { raceSchema } from '../data/schema';
import mini from '../data/fixtures/mini-race.json';
import { KIND_LANES, layoutTimeline, stackRows } from './layout';

const race = v.parse(raceSchema, mini);

describe('layoutTimeline', () => {
  const layout = layoutTimeline(race, 900);

  it('maps lap 1 to the left edge and the last lap run to the right edge', () => {
    expect(layout.x(1)).toBe(layout.plotLeft);
    expect(layout.x(race.lapsRun)).toBe(layout.plotRight);
  });

  it('draws one band per stage, ending at the stage end laps', () => {
    expect(layout.stages.map((s) => s.label)).toEqual(['Stage 1', 'Final stage']);
    expect(layout.stages[0]!.x1).toBeCloseTo(layout.x(10));
    expect(layout.stages[1]!.x1).toBeCloseTo(layout.x(30));
  });

  it('marks the overtime zone from the scheduled distance to the last lap', () => {
    expect(layout.overtime).toMatchObject({ x0: layout.x(30), x1: layout.x(34) });
  });

  it('draws an uncertain lap as its range', () => {
    const tangle = layout.markers.find((m) => m.event.id === 'tangle')!;
    expect(tangle.x0).toBeCloseTo(layout.x(11));
    expect(tangle.x1).toBeCloseTo(layout.x(14));
    expect(tangle.x).toBeCloseTo(layout.x(12));
  });

  it('puts each kind in its own lane and stacks same-lap events instead of overlapping', () => {
    expect(layout.lanes.map((l) => l.kind)).toEqual(KIND_LANES.map((l) => l.kind));
    const contacts = layout.markers.filter((m) => m.event.kind === 'contact');
    expect(contacts).toHaveLength(2);
    expect(contacts[0]!.y).not.toBe(contacts[1]!.y);
    const yellow = layout.markers.find((m) => m.event.id === 'yellow')!;
    expect(yellow.lane).not.toBe(contacts[0]!.lane);
  });

  it('shades placed cautions and gives ticks inside the race', () => {
    expect(layout.cautions).toHaveLength(1);
    expect(layout.ticks.every((t) => t.lap >= 1 && t.lap <= race.lapsRun)).toBe(true);
    expect(layout.ticks.length).toBeGreaterThan(2);
  });

  it('moves lane labels above the lanes on narrow screens', () => {
    const narrow = layoutTimeline(race, 360);
    expect(narrow.narrow).toBe(true);
    expect(narrow.plotLeft).toBeLessThan(layout.plotLeft);
    expect(narrow.plotRight).toBeLessThanOrEqual(360);
  });
});

describe('stackRows', () => {
  it('reuses a row once there is room and opens a new one otherwise', () => {
    expect(stackRows([[0, 0], [5, 5], [30, 30], [31, 60], [40, 40]], 10)).toEqual([0, 1, 0, 1, 0]);
    expect(stackRows([[0, 0], [1, 1], [2, 2]], 10)).toEqual([0, 1, 2]);
  });
});
