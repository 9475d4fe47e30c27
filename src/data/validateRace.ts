/**
 * Checks one race file: first its shape against the schema, then what a schema cannot say
 * (unique ids, laps inside the race, events in lap order, references that resolve).
 * Every error names the file, the path inside it and the problem.
 */
import * as v from 'valibot';
import { isFrontPageUrl } from '../lib/frontPage';
import { checkConsistency } from './consistencyRules';
import type { DataError } from './errors';
import { RESERVED_EVENT_IDS, RESERVED_RACE_IDS } from './reserved';
import { raceSchema, type Race, type SourceRef } from './schema';

/** What the checks need to know beyond the file itself. */
export type RaceContext = { articleIds: ReadonlySet<string>; expectedId?: string };

/** Validates the parsed JSON of one race file; returns the race only when there is no error. */
export function validateRace(file: string, json: unknown, context: RaceContext): { race?: Race; errors: DataError[] } {
  const parsed = v.safeParse(raceSchema, json);
  if (!parsed.success) {
    return {
      errors: parsed.issues.map((issue) => ({ file, path: v.getDotPath(issue) ?? '', message: issue.message })),
    };
  }
  const errors = checkRace(file, parsed.output, context);
  return errors.length > 0 ? { errors } : { race: parsed.output, errors };
}

function checkRace(file: string, race: Race, { articleIds, expectedId }: RaceContext): DataError[] {
  const errors: DataError[] = [];
  const fail = (path: string, message: string) => errors.push({ file, path, message });

  if (expectedId !== undefined && race.id !== expectedId) fail('id', `is "${race.id}" but the folder is "${expectedId}"`);
  // An address segment of its own (data/reserved.ts): a race or incident by that name would have no page.
  if (RESERVED_RACE_IDS.has(race.id)) fail('id', `"${race.id}" is a reserved word in addresses; choose another id`);
  if (race.lapsRun < race.scheduledLaps) fail('lapsRun', `${race.lapsRun} is fewer than the ${race.scheduledLaps} laps scheduled`);

  const driverIds = uniqueIds(race.drivers, 'drivers', fail);
  const eventIds = uniqueIds(race.events, 'events', fail);
  race.events.forEach((event, i) => {
    if (RESERVED_EVENT_IDS.has(event.id)) fail(`events.${i}.id`, `"${event.id}" is a reserved word in addresses (/${race.id}/${event.id}/… is another page); choose another id`);
  });
  const disagreementIds = uniqueIds(race.disagreements ?? [], 'disagreements', fail);
  const afterRaceIds = uniqueIds(race.afterRace ?? [], 'afterRace', fail);
  const checkDisagreements = (path: string, ids: readonly string[] | undefined) =>
    ids?.forEach((d, j) => {
      if (!disagreementIds.has(d)) fail(`${path}.${j}`, `unknown disagreement "${d}"`);
    });

  const checkLap = (path: string, lap: number) => {
    if (lap < 1 || lap > race.lapsRun) fail(path, `lap ${lap} is outside the race (1–${race.lapsRun})`);
  };
  const checkDriver = (path: string, id: string) => {
    if (!driverIds.has(id)) fail(path, `unknown driver "${id}"`);
  };
  const checkEvent = (path: string, id: string | undefined) => {
    if (id !== undefined && !eventIds.has(id)) fail(path, `unknown event "${id}"`);
  };
  const checkSources = (path: string, sources: readonly SourceRef[]) =>
    sources.forEach((source, i) => {
      if ('article' in source && !articleIds.has(source.article)) fail(`${path}.${i}.article`, `unknown article "${source.article}"`);
      if ('url' in source && isFrontPageUrl(source.url)) fail(`${path}.${i}.url`, `"${source.url}" is a site's front page: cite the page that says it`);
    });
  const checkSpan = (path: string, start: number, end: number) => {
    checkLap(`${path}.startLap`, start);
    checkLap(`${path}.endLap`, end);
    if (end < start) fail(path, `ends (lap ${end}) before it starts (lap ${start})`);
  };

  checkSources('sources', race.sources);
  checkDriver('winner', race.winner);
  if (race.champion !== undefined) checkDriver('champion', race.champion);

  let previousEnd = 0;
  race.stages.forEach((stage, i) => {
    const path = `stages.${i}`;
    if (stage.number !== i + 1) fail(`${path}.number`, `is ${stage.number}; stages must be numbered 1, 2, 3… in order`);
    if (stage.endLap <= previousEnd) fail(`${path}.endLap`, `lap ${stage.endLap} does not come after the previous stage's end`);
    if (stage.endLap > race.lapsRun) fail(`${path}.endLap`, `lap ${stage.endLap} is after the last lap run (${race.lapsRun})`);
    if (stage.winner !== undefined) checkDriver(`${path}.winner`, stage.winner);
    checkSources(`${path}.sources`, stage.sources);
    previousEnd = stage.endLap;
  });
  if (previousEnd !== race.scheduledLaps) fail('stages', `the last stage ends on lap ${previousEnd}, not the ${race.scheduledLaps} scheduled`);

  let previousLap = 0;
  race.events.forEach((event, i) => {
    const path = `events.${i}`;
    checkLap(`${path}.lap`, event.lap);
    if (event.lap < previousLap) fail(`${path}.lap`, `lap ${event.lap} comes after lap ${previousLap}: events must be in lap order`);
    previousLap = event.lap;
    if (event.lapRange) {
      const [from, to] = event.lapRange;
      checkSpan(`${path}.lapRange`, from, to);
      if (event.lap < from || event.lap > to) fail(`${path}.lapRange`, `does not contain the event's lap ${event.lap}`);
    } else if (event.certainty !== 'exact') {
      fail(`${path}.lapRange`, `is required when certainty is "${event.certainty}"`);
    }
    event.drivers.forEach((d, j) => checkDriver(`${path}.drivers.${j}`, d));
    checkSources(`${path}.sources`, event.sources);
    checkDisagreements(`${path}.disagreements`, event.disagreements);
  });

  race.overtimes.forEach((ot, i) => {
    const path = `overtimes.${i}`;
    checkSpan(path, ot.startLap, ot.endLap);
    if (ot.startLap <= race.scheduledLaps) fail(`${path}.startLap`, `lap ${ot.startLap} is not after the scheduled distance (${race.scheduledLaps})`);
    checkEvent(`${path}.eventId`, ot.eventId);
    checkSources(`${path}.sources`, ot.sources);
  });
  if (race.lapsRun > race.scheduledLaps && race.overtimes.length === 0) fail('overtimes', 'the race ran past its scheduled laps but lists no overtime');

  if (race.cautions) {
    const { periods, total } = race.cautions;
    if (periods.length > total) fail('cautions.periods', `${periods.length} periods placed but the total is ${total}`);
    checkSources('cautions.sources', race.cautions.sources);
    periods.forEach((c, i) => {
      checkSpan(`cautions.periods.${i}`, c.startLap, c.endLap);
      checkEvent(`cautions.periods.${i}.eventId`, c.eventId);
      checkSources(`cautions.periods.${i}.sources`, c.sources);
    });
  }

  const positions = new Set<number>();
  race.results?.forEach((r, i) => {
    const path = `results.${i}`;
    checkDriver(`${path}.driver`, r.driver);
    checkEvent(`${path}.outEventId`, r.outEventId);
    if (positions.has(r.position)) fail(`${path}.position`, `position ${r.position} appears twice`);
    positions.add(r.position);
    if (r.sources) checkSources(`${path}.sources`, r.sources);
    if (r.laps !== undefined && r.laps > race.lapsRun) fail(`${path}.laps`, `${r.laps} laps is more than the race ran (${race.lapsRun})`);
  });
  if (race.results && race.results.length > 0 && !race.resultsSources && race.results.some((r) => !r.sources)) {
    fail('resultsSources', 'results need a source: give resultsSources, or sources on every row');
  }
  if (race.resultsSources) checkSources('resultsSources', race.resultsSources);
  race.lapsLed?.forEach((l, i) => {
    checkDriver(`lapsLed.${i}.driver`, l.driver);
    checkSources(`lapsLed.${i}.sources`, l.sources);
  });
  race.leaderSpans?.forEach((s, i) => {
    checkSpan(`leaderSpans.${i}`, s.startLap, s.endLap);
    checkDriver(`leaderSpans.${i}.driver`, s.driver);
    checkSources(`leaderSpans.${i}.sources`, s.sources);
  });
  race.titleFight?.forEach((t, i) => {
    checkLap(`titleFight.${i}.fromLap`, t.fromLap);
    checkDriver(`titleFight.${i}.leader`, t.leader);
    checkEvent(`titleFight.${i}.eventId`, t.eventId);
    checkDisagreements(`titleFight.${i}.disagreements`, t.disagreements);
    checkSources(`titleFight.${i}.sources`, t.sources);
    const previous = race.titleFight?.[i - 1];
    if (previous && t.fromLap <= previous.fromLap) fail(`titleFight.${i}.fromLap`, `lap ${t.fromLap} does not come after the previous span's lap ${previous.fromLap}`);
  });
  race.afterRace?.forEach((item, i) => {
    const path = `afterRace.${i}`;
    // The record after the flag: nothing in it can predate the race, and it is kept in date order.
    if (item.date < race.date) fail(`${path}.date`, `${item.date} is before the race (${race.date}); a ruling after the race cannot precede it`);
    const previous = race.afterRace?.[i - 1];
    if (previous && item.date < previous.date) fail(`${path}.date`, `${item.date} comes before the previous item's ${previous.date}: keep them in date order`);
    item.eventIds.forEach((id, j) => checkEvent(`${path}.eventIds.${j}`, id));
    item.drivers.forEach((d, j) => checkDriver(`${path}.drivers.${j}`, d));
    checkSources(`${path}.sources`, item.sources);
  });
  race.championship?.forEach((table, i) => {
    const path = `championship.${i}`;
    table.standings.forEach((s, j) => checkDriver(`${path}.standings.${j}.driver`, s.driver));
    checkSources(`${path}.sources`, table.sources);
    const previous = race.championship?.[i - 1];
    if (previous && table.asOf < previous.asOf) fail(`${path}.asOf`, `${table.asOf} comes before the previous table's ${previous.asOf}: oldest first`);
    if (i > 0 && table.changedBy === undefined) fail(`${path}.changedBy`, 'a later table must name the ruling after the race that changed it');
    if (table.changedBy !== undefined && !afterRaceIds.has(table.changedBy)) fail(`${path}.changedBy`, `unknown after-race item "${table.changedBy}"`);
    for (let j = 1; j < table.standings.length; j++) {
      if (table.standings[j]!.points > table.standings[j - 1]!.points) fail(`${path}.standings.${j}.points`, 'standings must be in points order, highest first');
    }
  });
  race.keyFacts?.forEach((f, i) => checkSources(`keyFacts.${i}.sources`, f.sources));
  race.disagreements?.forEach((d, i) => {
    checkEvent(`disagreements.${i}.eventId`, d.eventId);
    d.claims.forEach((c, j) => {
      if (c.lap !== undefined) checkLap(`disagreements.${i}.claims.${j}.lap`, c.lap);
      checkSources(`disagreements.${i}.claims.${j}.sources`, c.sources);
    });
  });
  checkConsistency(race, fail);
  return errors;
}

/** Collects ids, reporting duplicates. */
function uniqueIds(items: readonly { id: string }[], path: string, fail: (path: string, message: string) => void): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (ids.has(item.id)) fail(`${path}.${i}.id`, `"${item.id}" is used twice`);
    ids.add(item.id);
  });
  return ids;
}
