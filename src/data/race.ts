/**
 * Race queries: what a race looks like at a lap, its drivers and events, and which quotes speak of an incident.
 * Pure functions of the dataset; the store keeps none of their results (they are derived, not stored).
 */
import type { Dataset } from './dataset';
import { countUpTo } from './laps';
import { ordinal, surnameKey } from '../lib/text';
import type { Caution, Driver, LeaderSpan, Quote, Race, RaceEvent, Remark, Result, Stage, TitleFightSpan } from './schema';

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

/** The incidents a driver is in, in lap order. */
export function incidentsOf(race: Race, driverId: string): RaceEvent[] {
  return race.events.filter((e) => e.drivers.includes(driverId));
}

/**
 * The drivers in at least one incident, in the race file's order: the ones whose followed race gets
 * a prerendered page and a card (src/app/prerender.tsx, scripts/cards/card.mjs).
 */
export function driversWithIncidents(race: Race): Driver[] {
  return race.drivers.filter((d) => race.events.some((e) => e.drivers.includes(d.id)));
}

/** A driver offered for following, with how many of the incidents shown they are in. */
export type FollowChoice = { driver: Driver; incidents: number };

/**
 * The drivers a reader may follow, in two groups: those in at least one of the first `shown`
 * incidents (all of them, or, in no-spoilers mode, those up to the cursor), most incidents first;
 * then every other entrant. Each group is by surname where the counts tie.
 */
export function followChoices(race: Race, shown = race.events.length): { involved: FollowChoice[]; others: FollowChoice[] } {
  const counts = new Map<string, number>();
  for (const event of race.events.slice(0, shown)) for (const id of new Set(event.drivers)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const bySurname = (a: FollowChoice, b: FollowChoice) => surnameKey(a.driver.name).localeCompare(surnameKey(b.driver.name));
  const all = race.drivers.map((driver) => ({ driver, incidents: counts.get(driver.id) ?? 0 }));
  return {
    involved: all.filter((c) => c.incidents > 0).sort((a, b) => b.incidents - a.incidents || bySurname(a, b)),
    others: all.filter((c) => c.incidents === 0).sort(bySurname),
  };
}

/**
 * Where a followed driver stands at a lap, from what the record says up to that lap and nothing
 * after it (no-spoilers mode shows it as it is): the last incident they were in, whether the record
 * has them leading (or whom it has leading), where they are in the title fight when they are a
 * contender, the incident that ended their race once it has happened, and at the finish their
 * finishing position and championship places (each standings table, oldest first).
 */
export type DriverStanding = {
  driver: Driver;
  /** The last incident on or before the lap that they are in. */
  lastIncident?: RaceEvent;
  /** How many incidents they have been in, up to the lap. */
  incidents: number;
  /** The stretch of laps the record has someone leading at this lap (them or another). */
  leaderSpan?: LeaderSpan;
  /** For a title contender in a race with a title fight: the span in force and whether they are ahead. */
  title?: { span: TitleFightSpan; ahead: boolean };
  /** The incident that ended their race, once the lap has reached it. */
  out?: RaceEvent;
  /** At the finish only: their row of the results. */
  result?: Result;
  /** At the finish only: their place in each championship table the record keeps, oldest first. */
  championship: { label: string; place: number }[];
};

/** Where a driver stands at a lap; undefined for a driver who is not in the race. */
export function driverStandingAt(race: Race, driverId: string, lap: number): DriverStanding | undefined {
  const driver = driverById(race, driverId);
  if (!driver) return undefined;
  const theirs = race.events.slice(0, countEventsUpTo(race, lap)).filter((e) => e.drivers.includes(driverId));
  const leaderSpan = race.leaderSpans?.find((s) => s.startLap <= lap && lap <= s.endLap);
  const span = driver.contender ? titleLeaderAt(race, lap) : undefined;
  const row = race.results?.find((r) => r.driver === driverId);
  const outEvent = eventById(race, row?.outEventId);
  const finished = lap >= race.lapsRun;
  return {
    driver,
    lastIncident: theirs.at(-1),
    incidents: theirs.length,
    leaderSpan,
    title: span ? { span, ahead: span.leader === driverId } : undefined,
    out: outEvent && outEvent.lap <= lap ? outEvent : undefined,
    result: finished ? row : undefined,
    championship: finished
      ? (race.championship ?? []).flatMap((table) => {
          const place = table.standings.findIndex((s) => s.driver === driverId) + 1;
          return place > 0 ? [{ label: table.label, place }] : [];
        })
      : [],
  };
}

/**
 * A followed driver's race in a few facts, in our own words, for a page's description and card:
 * "in 10 of its 24 incidents", "a title contender" (or "the champion"), "led 47 laps", "finished 18th"
 * (or "won") (the parts the record
 * has). Undefined for a driver who is not in the race.
 */
export function followFacts(race: Race, driverId: string): string[] | undefined {
  const driver = driverById(race, driverId);
  if (!driver) return undefined;
  const incidents = incidentsOf(race, driverId).length;
  const row = race.results?.find((r) => r.driver === driverId);
  const led = race.lapsLed?.find((l) => l.driver === driverId)?.laps ?? row?.lapsLed;
  return [
    `in ${incidents} of its ${race.events.length} incidents`,
    ...(race.champion === driverId ? ['the champion'] : driver.contender ? ['a title contender'] : []),
    ...(led ? [`led ${led} lap${led === 1 ? '' : 's'}`] : []),
    ...(row ? [row.position === 1 ? 'won' : `finished ${ordinal(row.position)}`] : []),
  ];
}

/**
 * The quotes for a page that follows a driver: first what the driver said about this race, then
 * what others said about the incidents they were in; never a remark made before the race (a
 * "background" link). Each group in article order.
 */
export function quotesForDriver(dataset: Dataset, raceId: string, driverId: string): Quote[] {
  const race = dataset.races.get(raceId);
  if (!race) return [];
  const theirs = new Set(incidentsOf(race, driverId).map((e) => e.id));
  const reactions = (q: Quote) => q.events.filter((l) => l.race === raceId && l.relation !== 'background');
  const said = dataset.quotes.filter((q) => q.speaker === driverId && reactions(q).length > 0);
  const about = dataset.quotes.filter((q) => q.speaker !== driverId && reactions(q).some((l) => theirs.has(l.event)));
  return [...said, ...about];
}

/** "Phoenix 2023" from "Phoenix Raceway" and "2023-11-03": the name readers use for a race. */
export function raceShortName(race: { track: { name: string }; date: string }): string {
  const place = race.track.name.replace(/\b(Raceway|Motor Speedway|Speedway|International)\b/g, '').replace(/\s+/g, ' ').trim();
  return `${place} ${race.date.slice(0, 4)}`;
}
