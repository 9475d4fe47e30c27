/**
 * Which lanes the timeline has and which incidents go in each: one lane per kind of incident, or
 * one per featured driver (a Lead-O-Gram) plus "Others". Pure; tested without a DOM.
 */
import type { Driver, EventKind, Race, RaceEvent } from '../data/schema';
import type { LaneMode } from '../data/timelineView';

/** The lanes when grouping by kind, top to bottom, with the reader-facing label. */
export const KIND_LANES: readonly { kind: EventKind; label: string }[] = [
  { kind: 'contact', label: 'Contact & crashes' },
  { kind: 'caution', label: 'Cautions & restarts' },
  { kind: 'pit', label: 'Pit & strategy' },
  { kind: 'leader', label: 'Leaders & stages' },
  { kind: 'finish', label: 'Finish & title' },
];

/** The reader-facing name of a kind of incident. */
export function kindLabel(kind: EventKind): string {
  return KIND_LANES.find((l) => l.kind === kind)?.label ?? kind;
}

/** At most this many driver lanes, so the chart still reads at a glance on a phone. */
export const MAX_FEATURED_DRIVERS = 6;

/** One lane and the incidents in it, in lap order. */
export type LaneSpec = {
  /** Stable across layouts: `kind:contact`, `driver:corey-heim` or `others`. */
  id: string;
  label: string;
  events: RaceEvent[];
};

/** Lanes plus, for each incident, the one lane whose copy of it is focusable (the others are echoes). */
export type Lanes = { lanes: LaneSpec[]; primaryLane: ReadonlyMap<string, string> };

/**
 * The drivers who get a lane of their own: the title contenders first, then whoever else is in the
 * most incidents (at least two), up to `max`; drawn top to bottom in finishing order, so the chart
 * reads like the results sheet.
 */
export function featuredDrivers(race: Race, max = MAX_FEATURED_DRIVERS): Driver[] {
  const counts = new Map<string, number>();
  for (const event of race.events) for (const id of new Set(event.drivers)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const count = (d: Driver) => counts.get(d.id) ?? 0;
  const involved = race.drivers.filter((d) => count(d) > 0);
  const byCount = (a: Driver, b: Driver) => count(b) - count(a);
  const contenders = involved.filter((d) => d.contender).sort(byCount);
  const regulars = involved.filter((d) => !d.contender && count(d) >= 2).sort(byCount);
  const position = new Map((race.results ?? []).map((r) => [r.driver, r.position]));
  const finish = (d: Driver) => position.get(d.id) ?? Number.MAX_SAFE_INTEGER;
  return [...contenders, ...regulars].slice(0, max).sort((a, b) => finish(a) - finish(b));
}

/** Groups a race's incidents into lanes. An incident with several featured drivers is in each of their lanes. */
export function buildLanes(race: Race, mode: LaneMode): Lanes {
  const lanes: LaneSpec[] =
    mode === 'kind'
      ? KIND_LANES.map(({ kind, label }) => ({ id: `kind:${kind}`, label, events: race.events.filter((e) => e.kind === kind) }))
      : driverLanes(race);
  const primaryLane = new Map<string, string>();
  for (const lane of lanes) for (const event of lane.events) if (!primaryLane.has(event.id)) primaryLane.set(event.id, lane.id);
  return { lanes, primaryLane };
}

function driverLanes(race: Race): LaneSpec[] {
  const featured = featuredDrivers(race);
  const ids = new Set(featured.map((d) => d.id));
  const lanes: LaneSpec[] = featured.map((d) => ({
    id: `driver:${d.id}`,
    label: d.name,
    events: race.events.filter((e) => e.drivers.includes(d.id)),
  }));
  const others = race.events.filter((e) => !e.drivers.some((id) => ids.has(id)));
  if (others.length > 0) lanes.push({ id: 'others', label: 'Others', events: others });
  return lanes;
}
