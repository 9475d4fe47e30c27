/**
 * The timeline layout, measured: where each band, caution, attempt, lane and marker starts and
 * ends, what a zoom window keeps (a caution that began before the window stays, clipped), and the
 * sizes the drawing relies on. Positions are checked against the layout's own lap scale, which
 * scale.test.ts checks against d3's.
 */
import * as v from 'valibot';
import { dataset } from '../data/load/bundledDataset';
import mini from '../data/fixtures/mini-race.json';
import { raceSchema, type Race } from '../data/schema';
import { fitLabel, labelWidth, layoutTimeline, METRICS, stackRows } from './layout';

const fixture = v.parse(raceSchema, mini); // 34 laps: stages to 10 and 30, overtime 31–34, caution 12–15
const phoenix = dataset.races.get('phoenix-2023')!;
const roval = dataset.races.get('roval-2025')!;

describe('stage bands', () => {
  it('start where the stage before ended (lap n is drawn at its end) and end at the stage\'s last lap', () => {
    const layout = layoutTimeline(fixture, 900);
    const { x } = layout;
    expect(layout.stages.map((s) => [s.index, s.x0, s.x1])).toEqual([
      [0, x(1), x(10)],
      [1, x(10), x(30)],
    ]);
    const p = layoutTimeline(phoenix, 1200);
    expect(p.stages.map((s) => [s.x0, s.x1])).toEqual([
      [p.x(1), p.x(45)],
      [p.x(45), p.x(90)],
      [p.x(90), p.x(150)],
    ]);
    expect(p.stages.map((s) => s.fullLabel)).toEqual(['Stage 1', 'Stage 2', 'Final stage']);
  });

  it('clip a band that starts before the window to its left edge, and drop one entirely outside', () => {
    const zoomed = layoutTimeline(phoenix, 1200, { zoom: [60, 120] });
    expect(zoomed.stages.map((s) => [s.index, s.x0, s.x1])).toEqual([
      [1, zoomed.plotLeft, zoomed.x(90)],
      [2, zoomed.x(90), zoomed.plotRight],
    ]);
    // A window ending where stage 2 ends: the final stage is only its first edge, less than a pixel, and is dropped.
    expect(layoutTimeline(phoenix, 1200, { zoom: [60, 90] }).stages.map((s) => s.index)).toEqual([1]);
  });

  it('label a band with the longest name that fits inside it with 4 px either side', () => {
    const layout = layoutTimeline(fixture, 900);
    const room = (s: { x0: number; x1: number }) => s.x1 - s.x0 - 8;
    for (const s of layout.stages) expect(s.label).toBe(fitLabel(s.index === 1 ? ['Final stage', 'Final', 'F'] : [`Stage ${s.index + 1}`, `S${s.index + 1}`], room(s)));
    // Exactly as wide as the room: fits; a pixel less: the shorter name.
    expect(fitLabel(['Stage 1', 'S1'], labelWidth('Stage 1'))).toBe('Stage 1');
    expect(fitLabel(['Stage 1', 'S1'], labelWidth('Stage 1') - 0.1)).toBe('S1');
    expect(labelWidth('Stage 1')).toBeCloseTo(7 * METRICS.charWidth);
  });
});

describe('cautions on the strip', () => {
  it('span their laps with a pixel either side', () => {
    const layout = layoutTimeline(fixture, 900);
    expect(layout.cautions).toEqual([{ key: 'caution-0', index: 0, caution: fixture.cautions!.periods[0], x0: layout.x(12) - 1, x1: layout.x(15) + 1 }]);
  });

  it('keep a caution that began before the zoom window, clipped to its edge, and one that ends on its first lap', () => {
    // Phoenix's seventh caution runs laps 120–124.
    const zoomed = layoutTimeline(phoenix, 1200, { zoom: [122, 179] });
    const spin = zoomed.cautions.find((c) => c.caution.startLap === 120)!;
    expect(spin).toMatchObject({ index: 5, x0: zoomed.plotLeft, x1: zoomed.x(124) + 1 });
    expect(layoutTimeline(phoenix, 1200, { zoom: [124, 179] }).cautions.map((c) => c.caution.startLap)).toContain(120);
    expect(layoutTimeline(phoenix, 1200, { zoom: [125, 179] }).cautions.map((c) => c.caution.startLap)).not.toContain(120);
  });

  it('keep a caution that starts on the window\'s last lap, and none after it', () => {
    expect(layoutTimeline(phoenix, 1200, { zoom: [100, 120] }).cautions.map((c) => c.caution.startLap)).toEqual([101, 120]);
    expect(layoutTimeline(phoenix, 1200, { zoom: [100, 119] }).cautions.map((c) => c.caution.startLap)).toEqual([101]);
  });

  it('come in lap order whatever order the record lists them in, keeping their record index', () => {
    const race: Race = {
      ...fixture,
      cautions: { ...fixture.cautions!, total: 2, periods: [{ ...fixture.cautions!.periods[0]!, startLap: 20, endLap: 22 }, fixture.cautions!.periods[0]!] },
    };
    const layout = layoutTimeline(race, 900);
    expect(layout.cautions.map((c) => [c.key, c.caution.startLap])).toEqual([
      ['caution-1', 12],
      ['caution-0', 20],
    ]);
    expect(layout.overview.cautions.map((c) => c.startLap)).toEqual([12, 20]);
  });

  it('take no row at all in a race whose record places none', () => {
    expect(layoutTimeline(roval, 900).lanesTop).toBe(METRICS.bandRow + 2);
    expect(layoutTimeline(fixture, 900).lanesTop).toBe(METRICS.bandRow + METRICS.stripHeight + 2);
  });
});

describe('overtime', () => {
  it('runs from the scheduled distance to the last lap, each attempt from the lap before its first', () => {
    const p = layoutTimeline(phoenix, 1200);
    expect(p.overtime).toMatchObject({ x0: p.x(150), x1: p.x(179) });
    expect(p.overtime!.attempts.map((a) => [a.key, a.x0, a.x1])).toEqual([
      ['overtime-1', p.x(150), p.x(157)],
      ['overtime-2', p.x(157), p.x(163)],
      ['overtime-3', p.x(163), p.x(168)],
      ['overtime-4', p.x(168), p.x(179)],
    ]);
  });

  it('is absent from a race that ended on its scheduled lap, or from a window before it', () => {
    const onTime: Race = { ...fixture, lapsRun: 30, overtimes: [], events: fixture.events.slice(0, 4) };
    expect(layoutTimeline(onTime, 900).overtime).toBeNull();
    expect(layoutTimeline(onTime, 900).overview.overtime).toBeNull();
    expect(layoutTimeline(phoenix, 1200, { zoom: [100, 150] }).overtime).toBeNull();
  });

  it('lists attempts in lap order, dropping one outside the window', () => {
    const shuffled: Race = { ...phoenix, overtimes: [...phoenix.overtimes].reverse() };
    expect(layoutTimeline(shuffled, 1200).overtime!.attempts.map((a) => a.overtime.number)).toEqual([1, 2, 3, 4]);
    expect(layoutTimeline(phoenix, 1200, { zoom: [140, 160] }).overtime!.attempts.map((a) => a.overtime.number)).toEqual([1, 2]);
  });

  it('labels one attempt "Overtime" for the zone, never "OT1"', () => {
    const layout = layoutTimeline(fixture, 900);
    expect(layout.overtime!.perAttempt).toBe(false);
    expect(layout.overtime!.attempts.map((a) => a.label)).toEqual([null]);
    expect(layout.overtime!.groupLabels).toEqual([null, 'Overtime']);
  });

  it('counts the attempts shown so far in the zone label, shortening it to fit', () => {
    const p = layoutTimeline(phoenix, 1200);
    const finalStage = p.stages[2]!;
    const room = p.overtime!.x1 - 4 - (finalStage.x0 + 4 + labelWidth(finalStage.label!) + 8);
    expect(p.overtime!.groupLabels).toEqual([
      null,
      fitLabel(['Overtime', 'OT'], room),
      fitLabel(['2 overtimes', 'OT ×2', 'OT'], room),
      fitLabel(['3 overtimes', 'OT ×3', 'OT'], room),
      fitLabel(['4 overtimes', 'OT ×4', 'OT'], room),
    ]);
    expect(p.overtime!.groupLabels[4]).toBe('4 overtimes');
  });

  it('gives the zone label the whole zone when the final stage has no label or is not drawn', () => {
    const zoomed = layoutTimeline(phoenix, 1200, { zoom: [151, 179] });
    expect(zoomed.stages).toEqual([]);
    const room = zoomed.overtime!.x1 - 4 - (zoomed.overtime!.x0 + 4);
    expect(zoomed.overtime!.groupLabels[4]).toBe(fitLabel(['4 overtimes', 'OT ×4', 'OT'], room));
  });
});

describe('lanes and markers', () => {
  it('stack lanes top to bottom, each as tall as its rows, with the gap between', () => {
    const layout = layoutTimeline(fixture, 900);
    let y = layout.lanesTop;
    for (const lane of layout.lanes) {
      expect(lane.y).toBe(y);
      expect(lane.height).toBe(lane.rows * METRICS.rowHeight);
      y += lane.height + METRICS.laneGap;
    }
    expect(layout.lanesBottom).toBe(y - METRICS.laneGap);
    expect(layout.lanes.map((l) => l.rows)).toEqual([2, 1, 1, 1, 1]); // two contacts on lap 12 stack
  });

  it('put each marker at its lap, in the middle of its row, with its lap range as its extent', () => {
    const layout = layoutTimeline(fixture, 900);
    const contact = layout.lanes[0]!;
    const [tangle, second] = layout.markers.filter((m) => m.lane === 0);
    expect(tangle).toMatchObject({ key: 'tangle@kind:contact', x: layout.x(12), x0: layout.x(11), x1: layout.x(14), y: contact.y + METRICS.rowHeight / 2, certainty: 'approximate', primary: true });
    expect(second).toMatchObject({ key: 'same-lap-contact@kind:contact', x0: layout.x(12), x1: layout.x(12), y: contact.y + METRICS.rowHeight * 1.5, certainty: 'exact' });
  });

  it('on a narrow screen, give each lane a 14 px label line above its markers', () => {
    const layout = layoutTimeline(fixture, 400);
    expect(layout.narrow).toBe(true);
    const lane = layout.lanes[1]!;
    expect(lane.height).toBe(14 + METRICS.rowHeight);
    expect(layout.markers.find((m) => m.event.id === 'yellow')!.y).toBe(lane.y + 14 + METRICS.rowHeight / 2);
  });

  it('keep only the markers of the window, including those on its first and last laps', () => {
    const layout = layoutTimeline(fixture, 900, { zoom: [12, 30] });
    expect(layout.markers.map((m) => m.event.id).sort()).toEqual(['same-lap-contact', 'tangle', 'yellow']);
    // A range reaching outside the window is clipped to the plot.
    expect(layoutTimeline(fixture, 900, { zoom: [13, 30] }).markers).toEqual([]);
  });
});

describe('the frame', () => {
  it('leaves room for lane labels on a wide screen, none on a narrow one, and keeps a minimum plot', () => {
    const wide = layoutTimeline(fixture, 900);
    expect([wide.plotLeft, wide.plotRight, wide.narrow]).toEqual([METRICS.marginLeft + METRICS.labelWidth, 900 - METRICS.marginRight, false]);
    const atBreak = layoutTimeline(fixture, METRICS.narrowBelow);
    expect(atBreak.narrow).toBe(false);
    const narrow = layoutTimeline(fixture, METRICS.narrowBelow - 1);
    expect([narrow.plotLeft, narrow.plotRight, narrow.narrow]).toEqual([METRICS.marginLeft, METRICS.narrowBelow - 1 - METRICS.marginRight, true]);
    const tiny = layoutTimeline(fixture, 40);
    expect(tiny.plotRight).toBe(tiny.plotLeft + 50);
  });

  it('puts the axis and the overview under the lanes and sizes the chart to hold them', () => {
    const layout = layoutTimeline(fixture, 900);
    expect(layout.stripTop).toBe(METRICS.bandRow);
    expect(layout.overview.top).toBe(layout.lanesBottom + METRICS.axisHeight + METRICS.overviewGap);
    expect(layout.overview.height).toBe(METRICS.overviewHeight);
    expect(layout.height).toBe(layout.overview.top + METRICS.overviewHeight + 2);
    expect([layout.width, layout.lapsRun]).toEqual([900, 34]);
  });

  it('gives a tick about every 70 px, on whole laps inside the window only', () => {
    const layout = layoutTimeline(phoenix, 1200, { zoom: [120, 179] });
    const count = Math.floor((layout.plotRight - layout.plotLeft) / 70);
    expect(layout.ticks).toEqual(layout.x.ticks(count).filter((lap) => lap >= 120 && lap <= 179).map((lap) => ({ x: layout.x(lap), lap })));
    expect(layout.ticks.length).toBeGreaterThan(5);
    // At least two ticks, however narrow the plot.
    const tiny = layoutTimeline(fixture, 40);
    expect(tiny.ticks.map((t) => t.lap)).toEqual(tiny.x.ticks(2).filter((lap) => Number.isInteger(lap)));
  });

  it('draws the overview over the whole race: stage ends but the last, cautions at least 1.5 px wide, the overtime zone', () => {
    const layout = layoutTimeline(phoenix, 1200, { zoom: [120, 179] });
    const ov = layout.overview;
    expect(ov.x(1)).toBe(layout.plotLeft);
    expect(ov.x(179)).toBe(layout.plotRight);
    expect(ov.window).toEqual({ x0: ov.x(120), x1: ov.x(179) });
    expect(ov.stageEnds).toEqual([ov.x(45), ov.x(90)]);
    expect(ov.overtime).toEqual({ x0: ov.x(150), x1: ov.x(179) });
    expect(ov.cautions[0]).toEqual({ x0: ov.x(45), x1: ov.x(48), startLap: 45 });
    const oneLap: Race = { ...fixture, cautions: { ...fixture.cautions!, periods: [{ ...fixture.cautions!.periods[0]!, endLap: 12 }] } };
    const tight = layoutTimeline(oneLap, 900).overview;
    expect(tight.cautions[0]).toEqual({ x0: tight.x(12), x1: tight.x(12) + 1.5, startLap: 12 });
    expect(layoutTimeline(phoenix, 1200, { zoom: [1, 120] }).overview.window).toEqual({ x0: ov.x(1), x1: ov.x(120) });
  });
});

describe('stackRows', () => {
  it('reuses a row once the gap is exactly free, and not before', () => {
    expect(stackRows([[0, 10], [20, 30]], 10)).toEqual([0, 0]);
    expect(stackRows([[0, 10], [19.9, 30]], 10)).toEqual([0, 1]);
    expect(stackRows([[0, 10], [5, 6], [21, 30], [17, 18]], 10)).toEqual([0, 1, 0, 1]);
    expect(stackRows([], 10)).toEqual([]);
  });
});

describe('at one pixel a lap', () => {
  /** 60 laps scheduled, 61 run, four stages (one of a single lap) and a one-lap overtime; at 88 px wide each lap is 1 px. */
  const tight: Race = {
    ...fixture,
    scheduledLaps: 60,
    lapsRun: 61,
    stages: [10, 11, 29, 60].map((endLap, i) => ({ ...fixture.stages[0]!, number: i + 1, endLap })),
    overtimes: [{ ...fixture.overtimes[0]!, startLap: 61, endLap: 61 }],
  };
  const layout = layoutTimeline(tight, 88);

  it('is the frame the cases below rely on', () => {
    expect([layout.plotLeft, layout.plotRight, layout.x(1), layout.x(61)]).toEqual([12, 72, 12, 72]);
  });

  it('keeps a band, a zone and an attempt one pixel wide', () => {
    expect(layout.stages.map((s) => [s.index, s.x1 - s.x0])).toEqual([
      [0, 9],
      [1, 1],
      [2, 18],
      [3, 31],
    ]);
    expect(layout.overtime).toMatchObject({ x0: 71, x1: 72 });
    expect(layout.overtime!.attempts.map((a) => [a.x0, a.x1])).toEqual([[71, 72]]);
  });

  it('labels a band only when the label fits with 4 px either side, down to the final stage\'s "F"', () => {
    // 18 px leaves 10 px: not enough for "S3" (13.2 px). 31 px leaves 23 px: "F", not "Final" (33 px).
    expect(layout.stages.map((s) => s.label)).toEqual([null, null, null, 'F']);
    expect(layout.stages.map((s) => s.fullLabel)).toEqual(['Stage 1', 'Stage 2', 'Stage 3', 'Final stage']);
  });
});

describe('overtime labels where room is tight', () => {
  it('fit the zone label beside the final stage\'s label, with 4 px either side and 8 px between', () => {
    // At 260 px the zone label has 67 px: "OT ×4" (33 px) fits, "4 overtimes" (72.6 px) does not.
    const layout = layoutTimeline(phoenix, 260);
    expect(layout.stages.at(-1)!.label).toBe('Final');
    expect(layout.overtime!.groupLabels).toEqual([null, 'Overtime', 'OT ×2', 'OT ×3', 'OT ×4']);
  });

  it('fall back to "OT" for every count when only that fits', () => {
    expect(layoutTimeline(phoenix, 130).overtime!.groupLabels).toEqual([null, 'OT', 'OT', 'OT', 'OT']);
  });

  it('start the zone label\'s room at the final stage when that stage is drawn without a label', () => {
    const layout = layoutTimeline(phoenix, 104, { zoom: [149, 179] });
    const finalStage = layout.stages.at(-1)!;
    expect([finalStage.index, finalStage.label]).toEqual([2, null]);
    const room = layout.overtime!.x1 - 4 - (finalStage.x0 + 4);
    expect(room).toBeLessThan(labelWidth('4 overtimes'));
    expect(room + 8).toBeGreaterThanOrEqual(labelWidth('4 overtimes'));
    expect(layout.overtime!.groupLabels[4]).toBe('OT ×4');
  });

  it('with no stage drawn, give the zone label the zone less 4 px either side', () => {
    const layout = layoutTimeline(phoenix, 104, { zoom: [151, 179] });
    expect(layout.stages).toEqual([]);
    expect(layout.overtime!.x1 - layout.overtime!.x0 - 8).toBeLessThan(labelWidth('4 overtimes'));
    expect(layout.overtime!.groupLabels[4]).toBe('OT ×4');
  });

  it('label each attempt only when every label fits its attempt with 4 px either side', () => {
    // At 1000 px the third attempt (5 laps) is about 24 px: "OT3" (19.8 px) would need 27.8.
    expect(layoutTimeline(phoenix, 1000).overtime!.perAttempt).toBe(false);
    expect(layoutTimeline(phoenix, 1000).overtime!.attempts.every((a) => a.label === null)).toBe(true);
    expect(layoutTimeline(phoenix, 1240).overtime!.perAttempt).toBe(true);
  });
});

describe('ticks', () => {
  it('are about 70 px apart: every 5 laps across the fixture at 900 px', () => {
    expect(layoutTimeline(fixture, 900).ticks.map((t) => t.lap)).toEqual([5, 10, 15, 20, 25, 30]);
  });

  it('fall on whole laps only, including the window\'s first and last', () => {
    const layout = layoutTimeline(fixture, 1200, { zoom: [10, 15] });
    expect(layout.x.ticks(Math.floor((layout.plotRight - layout.plotLeft) / 70))).toContain(10.5);
    expect(layout.ticks.map((t) => t.lap)).toEqual([10, 11, 12, 13, 14, 15]);
  });
});
