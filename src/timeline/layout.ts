/**
 * Pure timeline layout: D3 computes the ticks (scale.ts), this module places lanes, markers,
 * stage bands and their labels, caution periods, overtime attempts and the zoom overview.
 * React only draws the result (Timeline.tsx), so all of this is tested without a DOM.
 */
import { scaleLinear, type LinearScale } from './scale';
import type { Caution, Certainty, Overtime, Race, RaceEvent } from '../data/schema';
import { visibleWindow, type LapWindow } from '../data/laps';
import { withTimelineDefaults, type TimelineView } from '../data/timelineView';
import { buildLanes } from './lanes';

/** Sizes in CSS pixels; shared with the drawing code. */
export const METRICS = {
  marginLeft: 12,
  marginRight: 16,
  /** The top row: stage and overtime labels (also the overtime attempts' 24 px hit area). */
  bandRow: 24,
  /** The caution strip under it: one bar per caution period, 24 px tall to hit. */
  stripHeight: 24,
  rowHeight: 26,
  laneGap: 4,
  axisHeight: 24,
  /** The zoom overview under the axis: the whole race, with the window shown and brushable. */
  overviewGap: 6,
  overviewHeight: 28,
  /** Marker radius; the hit area is larger (24 px target). */
  radius: 6,
  hitRadius: 12,
  /** Width a lane label takes on wide screens; on narrow ones labels sit above the lane. */
  labelWidth: 130,
  narrowBelow: 560,
  /** Average advance of an 11 px bold label character, to tell whether a label fits without a DOM. */
  charWidth: 6.6,
} as const;

/** One incident marker, placed. An incident in several driver lanes has one primary copy; the rest are echoes. */
export type MarkerLayout = {
  /** Unique per copy: `<event id>@<lane id>`. */
  key: string;
  event: RaceEvent;
  x: number;
  /** The drawn extent of an uncertain lap (equal to x for exact laps), clipped to the plot. */
  x0: number;
  x1: number;
  y: number;
  lane: number;
  certainty: Certainty;
  /** The focusable copy (the one with the button role); echoes are for pointers and eyes only. */
  primary: boolean;
};

/** One lane with its vertical position. */
export type LaneLayout = { id: string; label: string; y: number; height: number; rows: number };

/** A stage band and the label that fits it (null when none does). */
export type StageLayout = { index: number; x0: number; x1: number; label: string | null; fullLabel: string };

/** A caution period, clipped to the visible window. */
export type CautionLayout = { key: string; index: number; caution: Caution; x0: number; x1: number };

/** One overtime attempt, from the green (the end of the lap before) to its last lap. */
export type OvertimeAttemptLayout = { key: string; overtime: Overtime; x0: number; x1: number; label: string | null };

/** The overtime zone: per-attempt labels when they fit, otherwise one label for the zone. */
export type OvertimeLayout = {
  x0: number;
  x1: number;
  attempts: OvertimeAttemptLayout[];
  perAttempt: boolean;
  /** The zone label when `perAttempt` is false, by how many attempts may be shown (no spoilers). */
  groupLabels: (string | null)[];
};

/** The whole-race strip under the axis that shows and sets the zoom window. */
export type OverviewLayout = {
  x: LinearScale;
  top: number;
  height: number;
  /** The zoom window's extent on the strip, or null when the whole race is shown. */
  window: { x0: number; x1: number } | null;
  stageEnds: number[];
  cautions: { x0: number; x1: number; startLap: number }[];
  overtime: { x0: number; x1: number } | null;
};

/** Everything the drawing needs. */
export type TimelineLayout = {
  width: number;
  height: number;
  /** Left edge of the plot (after the lane labels on wide screens). */
  plotLeft: number;
  plotRight: number;
  stripTop: number;
  lanesTop: number;
  lanesBottom: number;
  narrow: boolean;
  /** The lap scale of the visible window. */
  x: LinearScale;
  window: LapWindow;
  zoomed: boolean;
  lapsRun: number;
  lanes: LaneLayout[];
  markers: MarkerLayout[];
  stages: StageLayout[];
  overtime: OvertimeLayout | null;
  cautions: CautionLayout[];
  ticks: { x: number; lap: number }[];
  overview: OverviewLayout;
};

/** How the reader wants the timeline: lanes by kind or driver, and the zoom window; absent = the defaults. */
export type LayoutOptions = Partial<TimelineView> & {
  /** A window drawn as given, not as a zoom: it may reach before lap 1 or past the last lap (a shared axis). */
  fixedWindow?: LapWindow;
};

/** Lays out a race's timeline for a given width. */
export function layoutTimeline(race: Race, width: number, options: LayoutOptions = {}): TimelineLayout {
  const { zoom, lanes: laneMode } = withTimelineDefaults(options);
  const narrow = width < METRICS.narrowBelow;
  const plotLeft = METRICS.marginLeft + (narrow ? 0 : METRICS.labelWidth);
  const plotRight = Math.max(plotLeft + 50, width - METRICS.marginRight);
  const window = options.fixedWindow ?? visibleWindow(zoom, race.lapsRun);
  const [from, to] = window;
  // Lap n is drawn at its end; the window's first lap at the left edge, its last at the right.
  const x = scaleLinear([from, to], [plotLeft, plotRight]);
  const clip = (px: number) => Math.min(plotRight, Math.max(plotLeft, px));

  const stripTop = METRICS.bandRow;
  // No caution strip for a race whose record places no caution (the Roval): no empty row to puzzle over.
  const stripHeight = (race.cautions?.periods.length ?? 0) > 0 ? METRICS.stripHeight : 0;
  const lanesTop = stripTop + stripHeight + 2;
  const { lanes: laneSpecs, primaryLane } = buildLanes(race, laneMode);
  const lanes: LaneLayout[] = [];
  const markers: MarkerLayout[] = [];
  let y = lanesTop;
  // On narrow screens each lane label sits on its own line above the markers.
  const labelRow = narrow ? 14 : 0;
  laneSpecs.forEach((spec, laneIndex) => {
    const events = spec.events.filter((e) => e.lap >= from && e.lap <= to);
    const extents = events.map((e) => extent(e, x, clip));
    const rows = stackRows(extents, METRICS.radius * 2 + 6);
    const rowCount = Math.max(1, ...rows.map((r) => r + 1));
    const height = labelRow + rowCount * METRICS.rowHeight;
    events.forEach((event, i) => {
      const [x0, x1] = extents[i]!;
      markers.push({
        key: `${event.id}@${spec.id}`,
        event,
        x: x(event.lap),
        x0,
        x1,
        y: y + labelRow + rows[i]! * METRICS.rowHeight + METRICS.rowHeight / 2,
        lane: laneIndex,
        certainty: event.certainty,
        primary: primaryLane.get(event.id) === spec.id,
      });
    });
    lanes.push({ id: spec.id, label: spec.label, y, height, rows: rowCount });
    y += height + METRICS.laneGap;
  });
  const lanesBottom = y - METRICS.laneGap;

  const stages = layoutStages(race, x, clip);
  const overtime = layoutOvertime(race, x, clip, stages);
  const cautions = (race.cautions?.periods ?? []).flatMap((caution, index) =>
    caution.endLap < from || caution.startLap > to
      ? []
      : [{ key: `caution-${index}`, index, caution, x0: clip(x(caution.startLap) - 1), x1: clip(x(caution.endLap) + 1) }],
  );
  // Lap order, which no-spoilers mode and keyboard focus rely on.
  cautions.sort((a, b) => a.caution.startLap - b.caution.startLap);
  const tickCount = Math.max(2, Math.floor((plotRight - plotLeft) / 70));
  const ticks = x
    .ticks(tickCount)
    .filter((lap) => Number.isInteger(lap) && lap >= Math.max(1, from) && lap <= Math.min(to, race.lapsRun))
    .map((lap) => ({ x: x(lap), lap }));

  const overviewTop = lanesBottom + METRICS.axisHeight + METRICS.overviewGap;
  const overview = layoutOverview(race, window, plotLeft, plotRight, overviewTop);
  // A fixed window is no zoom: there is nothing to brush, so no overview strip is drawn (height 0).
  if (options.fixedWindow) Object.assign(overview, { height: 0, window: null });
  return {
    width,
    height: overviewTop + overview.height + 2,
    plotLeft,
    plotRight,
    stripTop,
    lanesTop,
    lanesBottom,
    narrow,
    x,
    window,
    zoomed: zoom !== null && !options.fixedWindow,
    lapsRun: race.lapsRun,
    lanes,
    markers,
    stages,
    overtime,
    cautions,
    ticks,
    overview,
  };
}

/** The horizontal extent an event occupies: its lap range, or just its lap, clipped to the plot. */
function extent(event: RaceEvent, x: LinearScale, clip: (px: number) => number): [number, number] {
  const [from, to] = event.lapRange ?? [event.lap, event.lap];
  return [clip(x(from)), clip(x(to))];
}

/** How wide a band label is drawn, estimated (the font is the system UI font at 11 px bold). */
export function labelWidth(text: string): number {
  return text.length * METRICS.charWidth;
}

/** The longest candidate that fits in `room` pixels, or null when none does. */
export function fitLabel(candidates: readonly string[], room: number): string | null {
  return candidates.find((c) => labelWidth(c) <= room) ?? null;
}

/** Room a label needs on either side inside its band. */
const LABEL_PAD = 4;

function layoutStages(race: Race, x: LinearScale, clip: (px: number) => number): StageLayout[] {
  let start = 1;
  return race.stages.flatMap((stage, index) => {
    const isFinal = index === race.stages.length - 1;
    const x0 = clip(x(start));
    const x1 = clip(x(stage.endLap));
    start = stage.endLap;
    if (x1 - x0 < 1) return [];
    const candidates = isFinal ? ['Final stage', 'Final', 'F'] : [`Stage ${stage.number}`, `S${stage.number}`];
    return [{ index, x0, x1, label: fitLabel(candidates, x1 - x0 - 2 * LABEL_PAD), fullLabel: candidates[0]! }];
  });
}

function layoutOvertime(race: Race, x: LinearScale, clip: (px: number) => number, stages: StageLayout[]): OvertimeLayout | null {
  if (race.lapsRun <= race.scheduledLaps) return null;
  const x0 = clip(x(race.scheduledLaps));
  const x1 = clip(x(race.lapsRun));
  if (x1 - x0 < 1) return null;
  const attempts = [...race.overtimes].sort((a, b) => a.startLap - b.startLap).flatMap((overtime) => {
    const a0 = clip(x(overtime.startLap - 1));
    const a1 = clip(x(overtime.endLap));
    return a1 - a0 < 1 ? [] : [{ key: `overtime-${overtime.number}`, overtime, x0: a0, x1: a1, label: `OT${overtime.number}` }];
  });
  // One attempt is simply "Overtime"; several get "OT1", "OT2"… when each label fits its span.
  const perAttempt = attempts.length > 1 && attempts.every((a) => labelWidth(a.label) <= a.x1 - a.x0 - 2 * LABEL_PAD);
  // One label for the zone, right-aligned: it may spill left into what the final stage's label leaves free.
  const finalStage = stages.find((s) => s.index === race.stages.length - 1);
  const leftBound = !finalStage
    ? x0 + LABEL_PAD
    : finalStage.label
      ? finalStage.x0 + LABEL_PAD + labelWidth(finalStage.label) + 2 * LABEL_PAD
      : finalStage.x0 + LABEL_PAD;
  const room = x1 - LABEL_PAD - leftBound;
  const groupLabels = Array.from({ length: race.overtimes.length + 1 }, (_, shown) =>
    shown === 0 ? null : fitLabel(shown === 1 ? ['Overtime', 'OT'] : [`${shown} overtimes`, `OT ×${shown}`, 'OT'], room),
  );
  return {
    x0,
    x1,
    attempts: attempts.map((a) => ({ ...a, label: perAttempt ? a.label : null })),
    perAttempt,
    groupLabels,
  };
}

function layoutOverview(race: Race, window: LapWindow, plotLeft: number, plotRight: number, top: number): OverviewLayout {
  const x = scaleLinear([1, race.lapsRun], [plotLeft, plotRight]);
  const zoomed = window[0] > 1 || window[1] < race.lapsRun;
  return {
    x,
    top,
    height: METRICS.overviewHeight,
    window: zoomed ? { x0: x(window[0]), x1: x(window[1]) } : null,
    stageEnds: race.stages.slice(0, -1).map((s) => x(s.endLap)),
    cautions: (race.cautions?.periods ?? [])
      .map((c) => ({ x0: x(c.startLap), x1: Math.max(x(c.endLap), x(c.startLap) + 1.5), startLap: c.startLap }))
      .sort((a, b) => a.startLap - b.startLap),
    overtime: race.lapsRun > race.scheduledLaps ? { x0: x(race.scheduledLaps), x1: x(race.lapsRun) } : null,
  };
}

/**
 * Assigns each interval the first row where it does not touch what is already there, so events
 * on the same or nearby laps stack instead of overlapping. Input order is kept (lap order).
 */
export function stackRows(extents: readonly [number, number][], gap: number): number[] {
  const rowEnds: number[] = [];
  return extents.map(([x0, x1]) => {
    let row = rowEnds.findIndex((end) => x0 - gap / 2 >= end);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(0);
    }
    rowEnds[row] = x1 + gap / 2;
    return row;
  });
}

/** How near an end of the axis (px) a tick label is drawn inside the plot rather than centred on its tick. */
export const TICK_EDGE = 10;

/** How a tick's label is anchored to it: inside the plot at either end (where the cursor's label, kept inside too, covers it whole), else centred. */
export function tickAnchor(x: number, plotLeft: number, plotRight: number): 'start' | 'middle' | 'end' {
  return x >= plotRight - TICK_EDGE ? 'end' : x <= plotLeft + TICK_EDGE ? 'start' : 'middle';
}

/** About how wide a tick label is: its digits in the axis's 11 px type, with a little room either side. */
const tickLabelWidth = (lap: number) => String(lap).length * 6.5 + 4;

/**
 * What the cursor's lap label (the pill from `left` to `right` on the axis) covers there: the pill,
 * widened to the whole of each tick label it overlaps, so that none shows half-hidden beside it
 * ("17" peeking out from under "179").
 */
export function pillCover(layout: Pick<TimelineLayout, 'ticks' | 'plotLeft' | 'plotRight'>, left: number, right: number): [number, number] {
  let from = left;
  let to = right;
  for (const tick of layout.ticks) {
    const width = tickLabelWidth(tick.lap);
    const anchor = tickAnchor(tick.x, layout.plotLeft, layout.plotRight);
    const x0 = anchor === 'start' ? tick.x : anchor === 'end' ? tick.x - width : tick.x - width / 2;
    const x1 = x0 + width;
    if (x1 > left && x0 < right) {
      from = Math.min(from, x0);
      to = Math.max(to, x1);
    }
  }
  return [from, to];
}
