/**
 * Race queries: what a race looks like at a lap, its drivers and events, and which quotes speak of an incident.
 * Pure functions of the dataset; the store keeps none of their results (they are derived, not stored).
 */
import type { Dataset } from './dataset';
import { countUpTo } from './laps';
import type { Caution, Driver, Quote, Race, RaceEvent, Remark, Stage, TitleFightSpan } from './schema';

/** Each race's event laps, computed once: the cursor asks on every lap step. */
const eventLapsOf = new WeakMap<Race, readonly number[]>();

/** The laps of a race's events, in lap order (events are validated to be in lap order). */
export function eventLaps(race: Race): readonly number[] {
  let laps = eventLapsOf.get(race);
  if (!laps) {
    laps = race.events.map((e) => e.lap);
    eventLapsOf.set(race, laps);
  }
  return laps;
}

/** How many events happened on or before `lap`. */
export function countEventsUpTo(race: Race, lap: number): number {
  return countUpTo(eventLaps(race), lap);
}

/** Looks an event up by id; none for no id. */
export function eventById(race: Race, id: string | null | undefined): RaceEvent | undefined {
  return id == null ? undefined : race.events.find((e) => e.id === id);
}

/** Where a lap falls: a numbered stage, or overtime past the scheduled distance. */
export type Phase = { kind: 'stage'; stage: Stage; isFinal: boolean } | { kind: 'overtime'; number: number | null };

/** The stage or overtime a lap belongs to. */
export function phaseAt(race: Race, lap: number): Phase {
  if (lap > race.scheduledLaps) {
    const ot = race.overtimes.find((o) => lap >= o.startLap && lap <= o.endLap);
    return { kind: 'overtime', number: ot?.number ?? null };
  }
  const index = race.stages.findIndex((s) => lap <= s.endLap);
  const stage = race.stages[index] ?? race.stages[race.stages.length - 1]!;
  return { kind: 'stage', stage, isFinal: index === race.stages.length - 1 };
}

/** A reader-facing name for a phase: "Stage 2", "Final stage", "Overtime 3". */
export function phaseLabel(phase: Phase): string {
  if (phase.kind === 'overtime') return phase.number !== null ? `Overtime ${phase.number}` : 'Overtime';
  return phase.isFinal ? 'Final stage' : `Stage ${phase.stage.number}`;
}

/** The caution period covering a lap, if the record places one there. */
export function cautionAt(race: Race, lap: number): Caution | undefined {
  return race.cautions?.periods.find((c) => lap >= c.startLap && lap <= c.endLap);
}

/** The title-fight leader as of a lap, where the race has a title fight. */
export function titleLeaderAt(race: Race, lap: number): TitleFightSpan | undefined {
  let current: TitleFightSpan | undefined;
  for (const span of race.titleFight ?? []) if (span.fromLap <= lap) current = span;
  return current;
}

/**
 * How a title-fight span's leader is marked: "disputed" where sources dispute who was ahead (never
 * just its certainty), else its certainty when the lap is not exact, else nothing.
 */
export function titleSpanMark(span: TitleFightSpan): string | null {
  return span.disagreements?.length ? 'disputed' : span.certainty === 'exact' ? null : span.certainty;
}

/**
 * A driver's laps led as the record totals them (the laps-led table, else their results row), with
 * the other counts sources give where the count is disputed (its disagreements' claims). Undefined
 * where the record has no count.
 */
export function lapsLedOf(race: Race, driverId: string): { laps: number; otherCounts: number[] } | undefined {
  const entry = race.lapsLed?.find((l) => l.driver === driverId);
  const laps = entry?.laps ?? race.results?.find((r) => r.driver === driverId)?.lapsLed;
  if (laps === undefined) return undefined;
  const claims = (race.disagreements ?? []).filter((d) => entry?.disagreements?.includes(d.id)).flatMap((d) => d.claims);
  const otherCounts = [...new Set(claims.flatMap((c) => (c.value === undefined || c.value === laps ? [] : [c.value])))];
  return { laps, otherCounts };
}

/** A count with the others sources give: "56", or "56 or 55" where it is disputed (the record's own count first). */
export function countText({ laps, otherCounts }: { laps: number; otherCounts: readonly number[] }): string {
  return [laps, ...otherCounts].join(' or ');
}

/** Looks a driver up by id. */
export function driverById(race: Race, id: string): Driver | undefined {
  return race.drivers.find((d) => d.id === id);
}

/** The name to show for a driver id: the driver's name, or the id itself when the race has no such driver. */
export function driverName(race: Race, id: string): string {
  return driverById(race, id)?.name ?? id;
}

/** The name to show for a speaker: a driver's name when the speaker is a driver id, else as given. */
export function speakerName(dataset: Dataset, speaker: string): string {
  for (const race of dataset.races.values()) {
    const driver = driverById(race, speaker);
    if (driver) return driver.name;
  }
  return speaker;
}

/** Every quote that speaks of an event, from every article, in article order. */
export function quotesForEvent(dataset: Dataset, raceId: string, eventId: string): Quote[] {
  return dataset.quotes.filter((q) => q.events.some((link) => link.race === raceId && link.event === eventId));
}

/** The remarks (reported in several wordings) that any of these quotes is a variant of. */
export function remarksForQuotes(dataset: Dataset, quotes: readonly Quote[]): Remark[] {
  const ids = new Set(quotes.map((q) => q.id));
  return dataset.remarks.filter((r) => r.variants.some((v) => ids.has(v.quote)));
}

/** The event before/after the one selected (or the cursor, when none is). */
export function neighbourEvent(race: Race, current: { eventId: string | null; lap: number }, direction: -1 | 1): RaceEvent | undefined {
  const selected = eventById(race, current.eventId);
  if (selected) return race.events[race.events.indexOf(selected) + direction];
  // Nothing selected: step from the cursor.
  return direction === 1 ? race.events.find((e) => e.lap > current.lap) ?? race.events.find((e) => e.lap >= current.lap) : [...race.events].reverse().find((e) => e.lap <= current.lap);
}

/** "laps 120–124", or "lap 120" when a span is one lap. */
export function spanText(startLap: number, endLap: number): string {
  return startLap === endLap ? `lap ${startLap}` : `laps ${startLap}–${endLap}`;
}

/** Where an event may lie: its lap range, or its lap ("laps 119–126", "lap 120"). */
export function lapText(event: RaceEvent): string {
  const [from, to] = event.lapRange ?? [event.lap, event.lap];
  return spanText(from, to);
}

/**
 * The accessible name of an incident button: starts with its lap (public contract). The
 * certainty stays outside parentheses because label-in-name checks skip bracketed text, and the
 * list shows the certainty word.
 */
export function incidentName(event: RaceEvent): string {
  if (event.certainty === 'exact') return `Lap ${event.lap}: ${event.title} (exact lap)`;
  return `Lap ${event.lap}: ${event.title}, ${event.certainty} lap (${lapText(event)})`;
}

/**
 * The name readers use for a race: its `shortName` where the file gives one, else "Phoenix 2023"
 * from "Phoenix Raceway" and "2023-11-03".
 */
export function raceShortName(race: { shortName?: string; track: { name: string }; date: string }): string {
  if (race.shortName !== undefined) return race.shortName;
  const place = race.track.name.replace(/\b(Raceway|Motor Speedway|Speedway|International)\b/g, '').replace(/\s+/g, ' ').trim();
  return `${place} ${race.date.slice(0, 4)}`;
}
