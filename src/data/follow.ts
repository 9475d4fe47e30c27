/**
 * Following a driver (issue 12): the race as one driver lived it. Their incidents, the drivers a
 * reader may follow, where a driver stands at a lap (from the record up to that lap, never beyond),
 * and, for a follow page's preview, their race in a few facts and the quotes about it. Pure
 * functions of the data, in a module of their own so that the code that shows them (loaded only
 * when needed, features/follow/FollowParts.ts) carries them.
 */
import { ordinal, surnameKey } from '../lib/names';
import type { Dataset } from './dataset';
import { countEventsUpTo, countText, driverById, eventById, lapsLedOf, titleLeaderAt } from './race';
import type { Driver, LeaderSpan, Quote, Race, RaceEvent, Result, TitleFightSpan } from './schema';

/** The incidents a driver is in, in lap order. */
export function incidentsOf(race: Race, driverId: string): RaceEvent[] {
  return race.events.filter((e) => e.drivers.includes(driverId));
}

/** The drivers in at least one incident, in the race file's order. */
export function driversWithIncidents(race: Race): Driver[] {
  return race.drivers.filter((d) => race.events.some((e) => e.drivers.includes(d.id)));
}

/**
 * The drivers whose followed race gets a prerendered page and a card (src/app/prerender.tsx,
 * scripts/build/cards/card.mjs), in the race file's order: every entrant. Any driver can be followed, and
 * the address the app writes for it, `/<race>/follow/<driver>/`, must be a page a host can serve.
 */
export function driversWithPages(race: Race): readonly Driver[] {
  return race.drivers;
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
 * "in 10 of its 24 incidents", "a title contender" (or "the champion"), "led 47 laps" (or "led 56 or
 * 55 laps (disputed)"), "finished 18th" (or "won") (the parts the record has). Undefined for
 * a driver who is not in the race.
 */
export function followFacts(race: Race, driverId: string): string[] | undefined {
  const driver = driverById(race, driverId);
  if (!driver) return undefined;
  const incidents = incidentsOf(race, driverId).length;
  const row = race.results?.find((r) => r.driver === driverId);
  const led = lapsLedOf(race, driverId);
  // A disputed count is given as disputed, with every count the sources give (never one of them flat).
  const ledFacts = !led || led.laps === 0 ? [] : [`led ${countText(led)} lap${led.laps === 1 && led.otherCounts.length === 0 ? '' : 's'}${led.otherCounts.length > 0 ? ' (disputed)' : ''}`];
  return [
    `in ${incidents} of its ${race.events.length} incidents`,
    ...(race.champion === driverId ? ['the champion'] : driver.contender ? ['a title contender'] : []),
    ...ledFacts,
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
