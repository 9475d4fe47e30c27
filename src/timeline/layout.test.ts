import * as v from 'valibot';
import { raceSchema } from '../data/schema';
import mini from '../data/fixtures/mini-race.json';
import { dataset } from '../data/load/bundledDataset';
import { KIND_LANES } from './lanes';
import { fitLabel, labelWidth, layoutTimeline, pillCover, stackRows, tickAnchor, type TimelineLayout } from './layout';

const race = v.parse(raceSchema, mini);
const phoenix = dataset.races.get('phoenix-2023')!;
const roval = dataset.races.get('roval-2025')!;

/** Left and right edges of every band label as drawn (stages left-aligned, the overtime group label right-aligned). */
function labelBoxes(layout: TimelineLayout): { text: string; x0: number; x1: number }[] {
  const boxes = layout.stages.flatMap((s) => (s.label ? [{ text: s.label, x0: s.x0 + 4, x1: s.x0 + 4 + labelWidth(s.label) }] : []));
  const ot = layout.overtime;
  if (ot?.perAttempt) {
    for (const a of ot.attempts) boxes.push({ text: a.label!, x0: a.x0 + 4, x1: a.x0 + 4 + labelWidth(a.label!) });
  } else if (ot) {
    const label = ot.groupLabels[ot.groupLabels.length - 1];
    if (label) boxes.push({ text: label, x0: ot.x1 - 4 - labelWidth(label), x1: ot.x1 - 4 });
  }
  return boxes;
}

describe('layoutTimeline', () => {
  const layout = layoutTimeline(race, 900);

  it('maps lap 1 to the left edge and the last lap run to the right edge', () => {
    expect(layout.x(1)).toBe(layout.plotLeft);
    expect(layout.x(race.lapsRun)).toBe(layout.plotRight);
    expect(layout.window).toEqual([1, race.lapsRun]);
    expect(layout.zoomed).toBe(false);
  });

  it('draws one band per stage, ending at the stage end laps', () => {
    expect(layout.stages.map((s) => s.label)).toEqual(['Stage 1', 'Final stage']);
    expect(layout.stages[0]!.x1).toBeCloseTo(layout.x(10));
    expect(layout.stages[1]!.x1).toBeCloseTo(layout.x(30));
  });

  it('marks the overtime zone from the scheduled distance to the last lap, with each attempt', () => {
    expect(layout.overtime).toMatchObject({ x0: layout.x(30), x1: layout.x(34) });
    expect(layout.overtime!.attempts.map((a) => [a.x0, a.x1])).toEqual([[layout.x(30), layout.x(34)]]);
  });

  it('draws an uncertain lap as its range', () => {
    const tangle = layout.markers.find((m) => m.event.id === 'tangle')!;
    expect(tangle.x0).toBeCloseTo(layout.x(11));
    expect(tangle.x1).toBeCloseTo(layout.x(14));
    expect(tangle.x).toBeCloseTo(layout.x(12));
  });

  it('puts each kind in its own lane and stacks same-lap events instead of overlapping', () => {
    expect(layout.lanes.map((l) => l.id)).toEqual(KIND_LANES.map((l) => `kind:${l.kind}`));
    const contacts = layout.markers.filter((m) => m.event.kind === 'contact');
    expect(contacts).toHaveLength(2);
    expect(contacts[0]!.y).not.toBe(contacts[1]!.y);
    const yellow = layout.markers.find((m) => m.event.id === 'yellow')!;
    expect(yellow.lane).not.toBe(contacts[0]!.lane);
    expect(layout.markers.every((m) => m.primary)).toBe(true);
  });

  it('never lets two markers in a lane overlap, on the shipped races at phone and desktop widths', () => {
    for (const r of [phoenix, roval])
      for (const width of [360, 390, 800, 1240])
        for (const lanes of ['kind', 'driver'] as const) {
          const l = layoutTimeline(r, width, { lanes });
          for (const a of l.markers)
            for (const b of l.markers) {
              if (a === b || a.lane !== b.lane) continue;
              const apart = a.y !== b.y || Math.abs(a.x - b.x) >= 12;
              expect(apart, `${r.id} ${width} ${lanes}: ${a.key} / ${b.key}`).toBe(true);
            }
        }
  });

  it('shades placed cautions and gives ticks inside the race', () => {
    expect(layout.cautions).toHaveLength(1);
    expect(layout.cautions[0]!.x0).toBeCloseTo(layout.x(12) - 1);
    expect(layout.ticks.every((t) => t.lap >= 1 && t.lap <= race.lapsRun)).toBe(true);
    expect(layout.ticks.length).toBeGreaterThan(2);
  });

  it('moves lane labels above the lanes on narrow screens', () => {
    const narrow = layoutTimeline(race, 360);
    expect(narrow.narrow).toBe(true);
    expect(narrow.plotLeft).toBeLessThan(layout.plotLeft);
    expect(narrow.plotRight).toBeLessThanOrEqual(360);
  });

  it('puts the overview under the axis, with the whole race on it', () => {
    expect(layout.overview.top).toBeGreaterThan(layout.lanesBottom);
    expect(layout.overview.top + layout.overview.height).toBeLessThanOrEqual(layout.height);
    expect(layout.overview.x(1)).toBe(layout.plotLeft);
    expect(layout.overview.x(race.lapsRun)).toBe(layout.plotRight);
    expect(layout.overview.window).toBeNull();
  });
});

describe('zoomed layout', () => {
  const zoomed = layoutTimeline(phoenix, 1200, { zoom: [120, 179] });

  it('spans the window and keeps only what is in it', () => {
    expect(zoomed.zoomed).toBe(true);
    expect(zoomed.x(120)).toBe(zoomed.plotLeft);
    expect(zoomed.x(179)).toBe(zoomed.plotRight);
    expect(zoomed.markers.length).toBeGreaterThan(0);
    expect(zoomed.markers.every((m) => m.event.lap >= 120 && m.event.lap <= 179)).toBe(true);
    expect(zoomed.markers.some((m) => m.event.id === 'heim-passes-hocevar')).toBe(false);
    expect(zoomed.cautions.every((c) => c.caution.endLap >= 120)).toBe(true);
    expect(zoomed.ticks.every((t) => t.lap >= 120 && t.lap <= 179)).toBe(true);
  });

  it('clips ranges, bands and cautions to the plot', () => {
    const inPlot = (x: number) => x >= zoomed.plotLeft && x <= zoomed.plotRight;
    expect(zoomed.markers.every((m) => inPlot(m.x0) && inPlot(m.x1))).toBe(true);
    expect(zoomed.stages.every((s) => inPlot(s.x0) && inPlot(s.x1))).toBe(true);
    expect(zoomed.cautions.every((c) => inPlot(c.x0) && inPlot(c.x1))).toBe(true);
    // Stages 1 and 2 are entirely before lap 120: only the final stage is drawn.
    expect(zoomed.stages.map((s) => s.index)).toEqual([2]);
  });

  it('labels each of the four overtime attempts when zoomed to the end', () => {
    expect(zoomed.overtime!.perAttempt).toBe(true);
    expect(zoomed.overtime!.attempts.map((a) => a.label)).toEqual(['OT1', 'OT2', 'OT3', 'OT4']);
  });

  it('shows the window on the overview', () => {
    expect(zoomed.overview.window!.x0).toBeCloseTo(zoomed.overview.x(120));
    expect(zoomed.overview.window!.x1).toBeCloseTo(zoomed.overview.x(179));
  });
});

describe('band labels', () => {
  it('abbreviate on a phone instead of colliding, and name the overtimes', () => {
    for (const r of [phoenix, roval])
      for (const width of [300, 360, 390, 800, 1240]) {
        const layout = layoutTimeline(r, width);
        const boxes = labelBoxes(layout).sort((a, b) => a.x0 - b.x0);
        for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.x0, `${r.id} @${width}: ${boxes[i - 1]!.text} / ${boxes[i]!.text}`).toBeGreaterThan(boxes[i - 1]!.x1);
        expect(boxes.every((b) => b.x0 >= layout.plotLeft && b.x1 <= layout.plotRight)).toBe(true);
        // The overtime zone always says so, one way or another.
        expect(boxes.some((b) => b.text.startsWith('OT') || b.text.includes('vertime')), `${r.id} @${width}`).toBe(true);
      }
  });

  it('use full names on a desktop and short ones where room is tight', () => {
    expect(layoutTimeline(phoenix, 1240).stages.map((s) => s.label)).toEqual(['Stage 1', 'Stage 2', 'Final stage']);
    expect(layoutTimeline(phoenix, 1240).overtime!.attempts.map((a) => a.label)).toEqual(['OT1', 'OT2', 'OT3', 'OT4']);
    const phone = layoutTimeline(phoenix, 200);
    expect(phone.stages.map((s) => s.label)).toEqual(['S1', 'S2', 'Final']);
    expect(phone.overtime!.perAttempt).toBe(false);
    expect(phone.overtime!.groupLabels.at(-1)).toMatch(/^OT/);
  });

  it('count only the overtimes shown so far (for no-spoilers mode)', () => {
    const wide = layoutTimeline(phoenix, 390);
    expect(wide.overtime!.groupLabels[0]).toBeNull();
    expect(wide.overtime!.groupLabels.slice(1).every((l) => l !== null)).toBe(true);
  });

  it('fitLabel picks the longest candidate that fits', () => {
    expect(fitLabel(['Stage 1', 'S1'], 100)).toBe('Stage 1');
    expect(fitLabel(['Stage 1', 'S1'], labelWidth('S1'))).toBe('S1');
    expect(fitLabel(['Stage 1', 'S1'], 5)).toBeNull();
  });
});

describe('driver lanes', () => {
  const layout = layoutTimeline(phoenix, 1200, { lanes: 'driver' });

  it('gives featured drivers a lane each, plus Others', () => {
    expect(layout.lanes.at(-1)!.label).toBe('Others');
    expect(layout.lanes.map((l) => l.label)).toEqual(expect.arrayContaining(['Ben Rhodes', 'Corey Heim', 'Carson Hocevar', 'Grant Enfinger']));
  });

  it('draws an incident in each featured driver lane, with exactly one primary copy', () => {
    const copies = layout.markers.filter((m) => m.event.id === 'hocevar-spins-heim');
    expect(copies.length).toBeGreaterThan(1);
    expect(copies.filter((m) => m.primary)).toHaveLength(1);
    expect(new Set(copies.map((m) => m.lane)).size).toBe(copies.length);
    for (const event of phoenix.events) expect(layout.markers.filter((m) => m.event.id === event.id && m.primary), event.id).toHaveLength(1);
    expect(new Set(layout.markers.map((m) => m.key)).size).toBe(layout.markers.length);
  });
});

describe('stackRows', () => {
  it('reuses a row once there is room and opens a new one otherwise', () => {
    expect(stackRows([[0, 0], [5, 5], [30, 30], [31, 60], [40, 40]], 10)).toEqual([0, 1, 0, 1, 0]);
    expect(stackRows([[0, 0], [1, 1], [2, 2]], 10)).toEqual([0, 1, 2]);
  });
});

describe('a fixed lap window (two races on one shared axis)', () => {
  // The Roval drawn on Phoenix's axis: by share of the distance, its lap window runs from
  // 67/150 of a lap to 179/150 × 67 ≈ 79.95 laps, past its 70.
  const window: [number, number] = [67 / 150, (179 / 150) * 67];
  const fixed = layoutTimeline(roval, 960, { fixedWindow: window, zoom: [10, 30] });

  it('draws the window as given, not as a zoom, whatever zoom the store holds', () => {
    expect(fixed.window).toEqual(window);
    expect(fixed.zoomed).toBe(false);
    expect(fixed.x(window[0])).toBeCloseTo(fixed.plotLeft, 9);
    expect(fixed.x(window[1])).toBeCloseTo(fixed.plotRight, 9);
    // The race's last lap ends short of the right edge: the axis runs on for the longer race.
    expect(fixed.x(70)).toBeLessThan(fixed.plotRight - 50);
  });

  it('puts ticks only on laps the race ran', () => {
    const laps = fixed.ticks.map((t) => t.lap);
    expect(laps.length).toBeGreaterThan(3);
    expect(Math.min(...laps)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...laps)).toBeLessThanOrEqual(70);
    // Wide enough for a tick every 5 laps: the axis runs on to about 80, but 75 is no lap of this race.
    const wide = layoutTimeline(roval, 2400, { fixedWindow: window }).ticks.map((t) => t.lap);
    expect(wide).toContain(70);
    expect(Math.max(...wide)).toBe(70);
    // By laps to go, the Roval's window starts 108 laps before its lap 1: no tick at lap 0 or before.
    const togo = layoutTimeline(roval, 960, { fixedWindow: [70 - 178, 70] }).ticks.map((t) => t.lap);
    expect(togo.length).toBeGreaterThan(1);
    expect(Math.min(...togo)).toBeGreaterThanOrEqual(1);
  });

  it('draws no overview strip: there is nothing to brush', () => {
    expect(fixed.overview.height).toBe(0);
    expect(fixed.overview.window).toBeNull();
    const zoomable = layoutTimeline(roval, 960, {});
    expect(fixed.height).toBe(zoomable.height - zoomable.overview.height);
  });

  it('keeps every incident of the race, each at its lap on the shared axis', () => {
    expect(fixed.markers.filter((m) => m.primary).map((m) => m.event.id).sort()).toEqual(roval.events.map((e) => e.id).sort());
    for (const m of fixed.markers) expect(m.x).toBeCloseTo(fixed.x(m.event.lap), 9);
  });
});

describe('tick labels and the cursor’s lap label', () => {
  it('anchors a tick label inside the plot within 10 px of either end, else on its tick', () => {
    expect(tickAnchor(100, 100, 500)).toBe('start');
    expect(tickAnchor(110, 100, 500)).toBe('start');
    expect(tickAnchor(111, 100, 500)).toBe('middle');
    expect(tickAnchor(489, 100, 500)).toBe('middle');
    expect(tickAnchor(490, 100, 500)).toBe('end');
  });

  it('widens what the lap label covers to the whole of each tick label it touches, and no further', () => {
    const layout = { plotLeft: 0, plotRight: 1000, ticks: [100, 200, 300].map((x) => ({ x, lap: x / 10 })) };
    // "20" at 200 is 17 px wide (2 digits): 191.5 to 208.5. A pill from 180 to 195 touches it.
    expect(pillCover(layout, 180, 195)).toEqual([180, 208.5]);
    expect(pillCover(layout, 205, 250)).toEqual([191.5, 250]);
    // Between labels: the pill alone.
    expect(pillCover(layout, 120, 180)).toEqual([120, 180]);
    // Touching two.
    expect(pillCover(layout, 105, 195)).toEqual([91.5, 208.5]);
    // Just clear of a label's edge.
    expect(pillCover(layout, 208.5, 240)).toEqual([208.5, 240]);
  });

  it('takes a label at an end of the axis where it is drawn, inside the plot', () => {
    const layout = { plotLeft: 0, plotRight: 1000, ticks: [{ x: 1000, lap: 170 }, { x: 0, lap: 1 }] };
    // "170": 23.5 px, ending at 1000; "1": 10.5 px, starting at 0.
    expect(pillCover(layout, 980, 990)).toEqual([976.5, 1000]);
    expect(pillCover(layout, 5, 20)).toEqual([0, 20]);
  });
});
