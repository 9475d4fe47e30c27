/**
 * What the timeline's tooltip says about an incident, a caution or an overtime attempt, and where
 * it goes. Pure: React renders the text (never as HTML) in an overlay positioned from the layout.
 */
import { clamp } from '../lib/clamp';
import { capitalise } from '../lib/text';
import type { Caution, Certainty, Overtime, Race, RaceEvent } from '../data/schema';
import { driverName, lapText, spanText } from '../data/race';
import { kindLabel } from './lanes';

/** How long a hover tooltip waits after the pointer leaves its mark, so the pointer can move onto it. */
export const TIP_HIDE_DELAY_MS = 300;

/** The text of a tooltip: a kicker (the laps), a title, then short lines. */
export type TipContent = { heading: string; title: string; lines: string[] };

/** How sure the lap is, in words: "Exact lap", "Approximate lap, laps 119–126". */
export function certaintyText(certainty: Certainty, range: string | null): string {
  if (certainty === 'exact') return 'Exact lap';
  return `${capitalise(certainty)} lap${range ? `, ${range}` : ''}`;
}

/** Tooltip for an incident: lap, title, kind, drivers, certainty (and range). */
export function eventTip(event: RaceEvent, race: Race): TipContent {
  const drivers = event.drivers.map((id) => driverName(race, id));
  const range = event.lapRange && event.lapRange[0] !== event.lapRange[1] ? lapText(event) : null;
  return {
    heading: `Lap ${event.lap}`,
    title: event.title,
    lines: [kindLabel(event.kind), ...(drivers.length > 0 ? [drivers.join(', ')] : []), certaintyText(event.certainty, range)],
  };
}

/** The accessible name of a caution period on the caution strip. */
export function cautionName(caution: Caution, index: number): string {
  return `Caution ${caution.number ?? index + 1}: ${spanText(caution.startLap, caution.endLap)} (${caution.certainty})`;
}

/** Tooltip for a caution period: its laps, the cause, how sure the laps are. */
export function cautionTip(caution: Caution, index: number): TipContent {
  return {
    heading: `Caution ${caution.number ?? index + 1} · ${spanText(caution.startLap, caution.endLap)}`,
    title: caution.cause,
    lines: [caution.certainty === 'exact' ? 'Exact laps' : `${capitalise(caution.certainty)} laps`],
  };
}

/** The accessible name of an overtime attempt. */
export function overtimeName(overtime: Overtime): string {
  return `Overtime ${overtime.number}: ${spanText(overtime.startLap, overtime.endLap)} (${overtime.certainty})`;
}

/** Tooltip for an overtime attempt: its laps, what happened, how sure the laps are. */
export function overtimeTip(overtime: Overtime): TipContent {
  return {
    heading: `Overtime ${overtime.number} · ${spanText(overtime.startLap, overtime.endLap)}`,
    title: overtime.summary,
    lines: [overtime.certainty === 'exact' ? 'Exact laps' : `${capitalise(overtime.certainty)} laps`],
  };
}

/** What marks too close together to pick one are, in a name: "Cautions 9 to 12", "Overtimes 1 to 4". */
function crowdTitle(kind: 'caution' | 'overtime', first: number, last: number): string {
  return `${kind === 'caution' ? 'Cautions' : 'Overtimes'} ${first} to ${last}`;
}

/**
 * The accessible name of marks too close together on the chart to pick one (timeline/hitSpans.ts
 * crowdedGroups): which they are, their laps, and what pressing them does.
 */
export function crowdName(kind: 'caution' | 'overtime', first: number, last: number, laps: [number, number], zooms: boolean): string {
  return `${crowdTitle(kind, first, last)}: ${spanText(laps[0], laps[1])}, too close together here to pick one; ${zooms ? 'zooms in on them' : `goes to lap ${laps[0]}`}`;
}

/** Tooltip for marks too close together to pick one: which, their laps, each in a line, and what a press does. */
export function crowdTip(kind: 'caution' | 'overtime', first: number, last: number, laps: [number, number], each: string[], zooms: boolean): TipContent {
  return {
    heading: `${crowdTitle(kind, first, last)} · ${spanText(laps[0], laps[1])}`,
    title: zooms ? 'Too close together here: press to zoom in on them' : `Too close together here: press to go to lap ${laps[0]}`,
    lines: each,
  };
}

/** The widest a tooltip gets. */
export const TIP_MAX_WIDTH = 280;

/**
 * Where a tooltip anchored at (x, y) in chart coordinates goes: centred on x but kept inside the
 * chart and clear of the lane labels left of `plotLeft` (where there is room for it right of them),
 * above the anchor unless that is too close to the chart's top.
 */
export function tipPlacement(x: number, y: number, chartWidth: number, plotLeft = 4): { left: number; top: number; width: number; above: boolean } {
  const width = Math.max(120, Math.min(TIP_MAX_WIDTH, chartWidth - 8));
  const right = Math.max(4, chartWidth - width - 4);
  const left = clamp(x - width / 2, Math.min(Math.max(4, plotLeft), right), right);
  const above = y > 120;
  return { left, top: above ? y - 16 : y + 16, width, above };
}
