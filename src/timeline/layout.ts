/**
 * Pure timeline layout: D3 computes the scale and ticks, this module places lanes, markers,
 * stage bands, caution shading and the overtime zone. React only draws the result (Timeline.tsx),
 * so all of this is tested without a DOM.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Certainty, EventKind, Race, RaceEvent } from '../data/schema';

/** The lanes when grouping by kind, top to bottom, with the reader-facing label. */
export const KIND_LANES: readonly { kind: EventKind; label: string }[] = [
  { kind: 'contact', label: 'Contact & crashes' },
  { kind: 'caution', label: 'Cautions & restarts' },
  { kind: 'pit', label: 'Pit & strategy' },
  { kind: 'leader', label: 'Leaders & stages' },
  { kind: 'finish', label: 'Finish & title' },
];

/** Sizes in CSS pixels; shared with the drawing code. */
export const METRICS = {
  marginLeft: 12,
  marginRight: 16,
  /** Room above the lanes for the stage and overtime labels. */
  bandHeight: 22,
  rowHeight: 26,
  laneGap: 4,
  axisHeight: 26,
  /** Marker radius; the hit area is larger (24 px target). */
  radius: 6,
  /** Width a lane label takes on wide screens; on narrow ones labels sit above the lane. */
  labelWidth: 130,
  narrowBelow: 560,
} as const;

/** One incident marker, placed. */
export type MarkerLayout = {
  event: RaceEvent;
  x: number;
  /** The drawn extent of an uncertain lap (equal to x for exact laps). */
  x0: number;
  x1: number;
  y: number;
  lane: number;
  certainty: Certainty;
};

/** One lane with its vertical position. */
export type LaneLayout = { kind: EventKind; label: string; y: number; height: number; rows: number };

/** Everything the drawing needs. */
export type TimelineLayout = {
  width: number;
  height: number;
  /** Left edge of the plot (after the lane labels on wide screens). */
  plotLeft: number;
  plotRight: number;
  lanesTop: number;
  lanesBottom: number;
  narrow: boolean;
  x: ScaleLinear<number, number>;
  lanes: LaneLayout[];
  markers: MarkerLayout[];
  stages: { label: string; x0: number; x1: number; index: number }[];
  overtime: { x0: number; x1: number; label: string } | null;
  cautions: { x0: number; x1: number; cause: string; certainty: Certainty }[];
  ticks: { x: number; lap: number }[];
};

/** Lays out a race's timeline for a given width. */
export function layoutTimeline(race: Race, width: number): TimelineLayout {
  const narrow = width < METRICS.narrowBelow;
  const plotLeft = METRICS.marginLeft + (narrow ? 0 : METRICS.labelWidth);
  const plotRight = Math.max(plotLeft + 50, width - METRICS.marginRight);
  // Lap n is drawn at its end; lap 1 at the left edge, the last lap run at the right.
  const x = scaleLinear().domain([1, race.lapsRun]).range([plotLeft, plotRight]);

  const lanesTop = METRICS.bandHeight;
  const lanes: LaneLayout[] = [];
  const markers: MarkerLayout[] = [];
  let y = lanesTop;
  // On narrow screens each lane label sits on its own line above the markers.
  const labelRow = narrow ? 14 : 0;
  KIND_LANES.forEach(({ kind, label }, laneIndex) => {
    const events = race.events.filter((e) => e.kind === kind);
    const rows = stackRows(events.map((e) => extent(e, x)), METRICS.radius * 2 + 6);
    const rowCount = Math.max(1, ...rows.map((r) => r + 1));
    const height = labelRow + rowCount * METRICS.rowHeight;
    events.forEach((event, i) => {
      const [x0, x1] = extent(event, x);
      markers.push({
        event,
        x: x(event.lap),
        x0,
        x1,
        y: y + labelRow + rows[i]! * METRICS.rowHeight + METRICS.rowHeight / 2,
        lane: laneIndex,
        certainty: event.certainty,
      });
    });
    lanes.push({ kind, label, y, height, rows: rowCount });
    y += height + METRICS.laneGap;
  });
  const lanesBottom = y - METRICS.laneGap;

  let start = 1;
  const stages = race.stages.map((stage, index) => {
    const band = { label: index === race.stages.length - 1 ? 'Final stage' : `Stage ${stage.number}`, x0: x(start), x1: x(stage.endLap), index };
    start = stage.endLap;
    return band;
  });
  const overtime =
    race.lapsRun > race.scheduledLaps
      ? { x0: x(race.scheduledLaps), x1: x(race.lapsRun), label: race.overtimes.length > 1 ? `${race.overtimes.length} overtimes` : 'Overtime' }
      : null;
  const cautions = (race.cautions?.periods ?? []).map((c) => ({
    x0: x(c.startLap) - 1,
    x1: x(c.endLap) + 1,
    cause: c.cause,
    certainty: c.certainty,
  }));
  const tickCount = Math.max(2, Math.floor((plotRight - plotLeft) / 70));
  const ticks = x
    .ticks(tickCount)
    .filter((lap) => Number.isInteger(lap) && lap >= 1)
    .map((lap) => ({ x: x(lap), lap }));

  return { width, height: lanesBottom + METRICS.axisHeight, plotLeft, plotRight, lanesTop, lanesBottom, narrow, x, lanes, markers, stages, overtime, cautions, ticks };
}

/** The horizontal extent an event occupies: its lap range, or just its lap. */
function extent(event: RaceEvent, x: ScaleLinear<number, number>): [number, number] {
  const [from, to] = event.lapRange ?? [event.lap, event.lap];
  return [x(from), x(to)];
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
