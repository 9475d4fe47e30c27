/**
 * Checks one race file: its shape against the schema, then what a schema cannot say (unique ids,
 * laps inside the race, events in lap order, references that resolve, numbers that agree). Every
 * error names the file, the path inside it (by id as well as place) and the problem, in plain words.
 *
 * The cross-checks are rules: small functions, each given the race and the ways to report, all called
 * from one place (RACE_RULES, run by checkRace). A new check is a new rule in that list. They run even
 * when the schema has failed elsewhere in the file, so one round reports every problem it can find.
 */
import { isFrontPageUrl } from '../../lib/frontPage';
import { didYouMean } from '../../lib/nearest';
import { checkConsistency } from './consistencyRules';
import { readablePath, type DataError } from './errors';
import { RESERVED_EVENT_IDS, RESERVED_RACE_IDS } from '../reserved';
import { raceSchema, type Race, type SourceRef } from '../schema';
import { parseWithErrors } from './schemaIssues';
import { findPlaceholders, placeholderMessage } from './placeholders';

/** What the checks need to know beyond the file itself. */
export type RaceContext = { articleIds: ReadonlySet<string>; expectedId?: string };

/** What every rule is given: the race, what the checks know, the ids in the file, and the ways to report a problem. */
export type RaceCheck = {
  race: Race;
  context: RaceContext;
  /** Reports a problem at a machine path (`events.7.lap`). */
  fail: (path: string, message: string) => void;
  ids: { drivers: ReadonlySet<string>; events: ReadonlySet<string>; disagreements: ReadonlySet<string>; afterRace: ReadonlySet<string> };
  /** A lap that must be inside the race. */
  lap: (path: string, lap: number) => void;
  /** A driver id that must be in the race's drivers. */
  driver: (path: string, id: string) => void;
  /** An event id (when given) that must be one of the race's events. */
  event: (path: string, id: string | undefined) => void;
  /** Sources whose articles must exist and whose addresses must not be a site's front page. */
  sources: (path: string, sources: readonly SourceRef[]) => void;
  /** A span of laps inside the race that does not end before it starts. */
  span: (path: string, start: number, end: number) => void;
  /** Disagreement ids (when given) that must be the race's. */
  disagreements: (path: string, ids: readonly string[] | undefined) => void;
  /** The id of one of the race's rulings after the flag (afterRace). */
  ruling: (path: string, id: string) => void;
  /** Whether the whole file passed the schema: rules that weigh many numbers against each other need every one of them. */
  whole: boolean;
};

/** One cross-check of a race. */
export type RaceRule = (check: RaceCheck) => void;

/** Validates the parsed JSON of one race file; returns the race only when there is no error. */
export function validateRace(file: string, json: unknown, context: RaceContext): { race?: Race; errors: DataError[] } {
  // A placeholder (a fact still to find, data/validate/placeholders.ts) is reported as such, and in
  // place of what the schema and the rules would say about it: it is refused like a value of the wrong shape.
  const todo = findPlaceholders(json).map((p): DataError => ({ file, path: p.path, message: placeholderMessage(p) }));
  const parsed = parseWithErrors(file, raceSchema, json);
  const output = parsed.output;
  const shape = [...todo, ...parsed.errors.filter((e) => !todo.some((t) => covers(t.path, e.path)))];
  // On a file the schema refused, the rules run on what is there (a rule that trips over a part of
  // the wrong shape stops, its problem already reported), and say nothing more where the schema spoke.
  const race = output as Race;
  const checked = shape.length > 0 ? (withoutRefused(output, shape.map((e) => e.path)) as Race) : race;
  // A list one of whose ids the schema refused: what the references to it meant cannot be known yet.
  const unsure = new Set(shape.flatMap((e) => /^(drivers|events|disagreements|afterRace)\.\d+\.id$/.exec(e.path)?.[1] ?? []));
  const checks = checkRace(file, checked, context, shape.length > 0, unsure).filter((e) => !shape.some((s) => covers(s.path, e.path)));
  const errors = [...shape, ...checks].map((e) => ({ ...e, where: readablePath(json, e.path) }));
  return errors.length > 0 ? { errors } : { race, errors };
}

/**
 * A copy of `value` with the values the schema refused taken out, so that no rule reasons from them
 * (a lap of 12.5 would put the next event "out of lap order").
 */
function withoutRefused(value: unknown, paths: readonly string[]): unknown {
  const copy: unknown = structuredClone(value);
  for (const path of paths) {
    const keys = path.split('.');
    const last = keys.pop();
    let parent: unknown = copy;
    for (const key of keys) parent = typeof parent === 'object' && parent !== null ? (parent as Record<string, unknown>)[key] : undefined;
    if (last !== undefined && typeof parent === 'object' && parent !== null) delete (parent as Record<string, unknown>)[last];
  }
  return copy;
}

/** Whether a problem at `path` is the one at `reported`, or inside it. */
const covers = (reported: string, path: string) => reported === '' || path === reported || path.startsWith(`${reported}.`);

/**
 * Runs every rule over the race. `lenient`: the race did not pass the schema, so a rule may meet a
 * value of the wrong shape and throw; it is then stopped there, and the others go on.
 */
export function checkRace(file: string, race: Race, context: RaceContext, lenient = false, unsure: ReadonlySet<string> = new Set()): DataError[] {
  const errors: DataError[] = [];
  const check = raceCheck(race, context, (path, message) => errors.push({ file, path, message }), unsure, !lenient);
  for (const rule of RACE_RULES) {
    try {
      rule(check);
    } catch (error) {
      if (!lenient) throw error;
    }
  }
  return errors;
}

/** The ids of a list's items (tolerant of a list the schema refused). */
const idsOf = (items: unknown): Set<string> =>
  new Set(Array.isArray(items) ? items.flatMap((item: unknown) => (typeof (item as { id?: unknown } | null)?.id === 'string' ? [(item as { id: string }).id] : [])) : []);

/** The rules' helpers over one race; references into an `unsure` list (one of its ids was refused) are not checked. */
function raceCheck(race: Race, context: RaceContext, fail: RaceCheck['fail'], unsure: ReadonlySet<string>, whole: boolean): RaceCheck {
  const ids = { drivers: idsOf(race.drivers), events: idsOf(race.events), disagreements: idsOf(race.disagreements), afterRace: idsOf(race.afterRace) };
  const lap = (path: string, n: number) => {
    if (typeof n === 'number' && (n < 1 || n > race.lapsRun)) fail(path, `lap ${n} is outside the race (1–${race.lapsRun})`);
  };
  const span = (path: string, start: number, end: number) => {
    lap(`${path}.startLap`, start);
    lap(`${path}.endLap`, end);
    if (end < start) fail(path, `ends (lap ${end}) before it starts (lap ${start})`);
  };
  return {
    race,
    whole,
    context,
    fail,
    ids,
    lap,
    span,
    driver: (path, id) => {
      if (typeof id === 'string' && !unsure.has('drivers') && !ids.drivers.has(id)) fail(path, `unknown driver "${id}"${didYouMean(id, ids.drivers) || ' (not in this race’s drivers)'}`);
    },
    event: (path, id) => {
      if (typeof id === 'string' && !unsure.has('events') && !ids.events.has(id)) fail(path, `unknown event "${id}"${didYouMean(id, ids.events) || ' (not in this race’s events)'}`);
    },
    ruling: (path, id) => {
      if (!unsure.has('afterRace') && !ids.afterRace.has(id)) fail(path, `unknown after-race item "${id}"${didYouMean(id, ids.afterRace)}`);
    },
    disagreements: (path, list) =>
      list?.forEach((d, j) => {
        if (!unsure.has('disagreements') && !ids.disagreements.has(d)) fail(`${path}.${j}`, `unknown disagreement "${d}"${didYouMean(d, ids.disagreements)}`);
      }),
    sources: (path, sources) =>
      sources.forEach((source, i) => {
        if ('article' in source && !context.articleIds.has(source.article)) fail(`${path}.${i}.article`, `unknown article "${source.article}"${didYouMean(source.article, context.articleIds)}`);
        if ('url' in source && typeof source.url === 'string' && isFrontPageUrl(source.url)) fail(`${path}.${i}.url`, `"${source.url}" is a site's front page: cite the page that says it`);
      }),
  };
}

/** The race's id matches its folder and is not a word addresses reserve; it ran at least its scheduled distance. */
const identity: RaceRule = ({ race, context: { expectedId }, fail }) => {
  if (expectedId !== undefined && race.id !== expectedId) fail('id', `is "${race.id}" but the folder is "${expectedId}"`);
  // An address segment of its own (data/reserved.ts): a race or incident by that name would have no page.
  if (RESERVED_RACE_IDS.has(race.id)) fail('id', `"${race.id}" is a reserved word in addresses; choose another id`);
  if (race.lapsRun < race.scheduledLaps) fail('lapsRun', `${race.lapsRun} is fewer than the ${race.scheduledLaps} laps scheduled`);
};

/** Each id is used once in its list (the message says where it was first used); no incident takes a reserved word. */
const uniqueIds: RaceRule = ({ race, fail }) => {
  const lists = { drivers: race.drivers, events: race.events, disagreements: race.disagreements, afterRace: race.afterRace } as const;
  for (const [name, items] of Object.entries(lists)) {
    const first = new Map<string, number>();
    (items ?? []).forEach((item: { id: string }, i: number) => {
      const at = first.get(item.id);
      if (at !== undefined) fail(`${name}.${i}.id`, `"${item.id}" is used twice: first by ${name}[${at}]`);
      else first.set(item.id, i);
    });
  }
  race.events.forEach((event, i) => {
    if (RESERVED_EVENT_IDS.has(event.id)) fail(`events.${i}.id`, `"${event.id}" is a reserved word in addresses (/${race.id}/${event.id}/… is another page); choose another id`);
  });
};

/** The race's own sources, winner and champion. */
const raceFacts: RaceRule = ({ race, sources, driver }) => {
  sources('sources', race.sources);
  driver('winner', race.winner);
  if (race.champion !== undefined) driver('champion', race.champion);
};

/** Stages are numbered 1, 2, 3… in lap order, and the last ends on the scheduled distance. */
const stages: RaceRule = ({ race, fail, driver, sources }) => {
  let previousEnd = 0;
  race.stages.forEach((stage, i) => {
    const path = `stages.${i}`;
    if (stage.number !== i + 1) fail(`${path}.number`, `is ${stage.number}; stages must be numbered 1, 2, 3… in order`);
    if (stage.endLap <= previousEnd) fail(`${path}.endLap`, `lap ${stage.endLap} does not come after the previous stage's end`);
    if (stage.endLap > race.lapsRun) fail(`${path}.endLap`, `lap ${stage.endLap} is after the last lap run (${race.lapsRun})`);
    if (stage.winner !== undefined) driver(`${path}.winner`, stage.winner);
    sources(`${path}.sources`, stage.sources);
    previousEnd = stage.endLap;
  });
  const last = race.stages.length - 1;
  if (previousEnd !== race.scheduledLaps) fail(`stages.${last}.endLap`, `the last stage ends on lap ${previousEnd}, not the ${race.scheduledLaps} scheduled`);
};

/** Events are inside the race and in lap order; a lap that is not exact has a range that holds it. */
const events: RaceRule = ({ race, fail, lap, span, driver, sources, disagreements }) => {
  let previousLap = 0;
  race.events.forEach((event, i) => {
    const path = `events.${i}`;
    lap(`${path}.lap`, event.lap);
    if (typeof event.lap === 'number') {
      if (event.lap < previousLap) fail(`${path}.lap`, `lap ${event.lap} comes after lap ${previousLap}: events must be in lap order`);
      previousLap = event.lap;
    }
    if (event.lapRange) {
      const [from, to] = event.lapRange;
      span(`${path}.lapRange`, from, to);
      if (event.lap < from || event.lap > to) fail(`${path}.lapRange`, `does not contain the event's lap ${event.lap}`);
    } else if (event.certainty === 'approximate' || event.certainty === 'inferred') {
      fail(`${path}.lapRange`, `is required when certainty is "${event.certainty}": give the laps it may have happened on, [from, to]`);
    }
    event.drivers.forEach((d, j) => driver(`${path}.drivers.${j}`, d));
    sources(`${path}.sources`, event.sources);
    disagreements(`${path}.disagreements`, event.disagreements);
  });
};

/** Overtimes come after the scheduled distance, and a race that ran past it lists them. */
const overtimes: RaceRule = ({ race, fail, span, event, sources }) => {
  race.overtimes.forEach((ot, i) => {
    const path = `overtimes.${i}`;
    span(path, ot.startLap, ot.endLap);
    if (ot.startLap <= race.scheduledLaps) fail(`${path}.startLap`, `lap ${ot.startLap} is not after the scheduled distance (${race.scheduledLaps})`);
    event(`${path}.eventId`, ot.eventId);
    sources(`${path}.sources`, ot.sources);
  });
  if (race.lapsRun > race.scheduledLaps && race.overtimes.length === 0) fail('overtimes', 'the race ran past its scheduled laps but lists no overtime');
};

/**
 * The caution periods placed agree with the totals: no more periods than the count, no more laps than
 * the caution laps, and, once every period is placed, exactly those laps. A period from lap a to lap b
 * counts b − a + 1 laps.
 */
const cautions: RaceRule = ({ race, fail, span, event, sources }) => {
  if (!race.cautions) return;
  const { periods, total, laps } = race.cautions;
  if (periods.length > total) fail('cautions.periods', `${periods.length} periods placed but the total is ${total}`);
  sources('cautions.sources', race.cautions.sources);
  periods.forEach((c, i) => {
    span(`cautions.periods.${i}`, c.startLap, c.endLap);
    event(`cautions.periods.${i}.eventId`, c.eventId);
    sources(`cautions.periods.${i}.sources`, c.sources);
  });
  if (laps === undefined) return;
  const placed = periods.reduce((sum, c) => sum + Math.max(0, c.endLap - c.startLap + 1), 0);
  if (placed > laps) fail('cautions.laps', `is ${laps}, but the periods placed already cover ${placed} laps`);
  else if (periods.length === total && placed !== laps) fail('cautions.laps', `is ${laps}, but all ${total} periods are placed and they cover ${placed} laps`);
};

/** The finishing order: known drivers, each position once, no more laps than were run, and a source. */
const results: RaceRule = ({ race, fail, driver, event, sources }) => {
  const positions = new Set<number>();
  race.results?.forEach((r, i) => {
    const path = `results.${i}`;
    driver(`${path}.driver`, r.driver);
    event(`${path}.outEventId`, r.outEventId);
    if (positions.has(r.position)) fail(`${path}.position`, `position ${r.position} appears twice`);
    positions.add(r.position);
    if (r.sources) sources(`${path}.sources`, r.sources);
    if (r.laps !== undefined && r.laps > race.lapsRun) fail(`${path}.laps`, `${r.laps} laps is more than the race ran (${race.lapsRun})`);
  });
  if (race.results && race.results.length > 0 && !race.resultsSources && race.results.some((r) => !r.sources)) {
    fail('resultsSources', 'results need a source: give resultsSources, or sources on every row');
  }
  if (race.resultsSources) sources('resultsSources', race.resultsSources);
};

/**
 * Laps led: no driver leads more laps than were run (nor than they completed), all of them together
 * no more than the race, and the laps-led table agrees with the results rows that give the same count.
 */
const lapsLed: RaceRule = ({ race, fail, driver, sources }) => {
  const table = race.lapsLed ?? [];
  table.forEach((l, i) => {
    driver(`lapsLed.${i}.driver`, l.driver);
    sources(`lapsLed.${i}.sources`, l.sources);
    if (l.laps > race.lapsRun) fail(`lapsLed.${i}.laps`, `${l.laps} laps led is more than the ${race.lapsRun} laps run`);
  });
  const sum = table.reduce((n, l) => n + l.laps, 0);
  if (sum > race.lapsRun) fail('lapsLed', `the laps led add up to ${sum}, more than the ${race.lapsRun} laps run`);
  race.results?.forEach((r, i) => {
    if (r.lapsLed === undefined) return;
    const path = `results.${i}.lapsLed`;
    if (r.lapsLed > race.lapsRun) fail(path, `${r.lapsLed} laps led is more than the ${race.lapsRun} laps run`);
    else if (r.laps !== undefined && r.lapsLed > r.laps) fail(path, `${r.lapsLed} laps led is more than the ${r.laps} laps this driver completed`);
    if (race.lapsLed === undefined) return;
    const j = table.findIndex((l) => l.driver === r.driver);
    if (j === -1 && r.lapsLed > 0) fail(path, `is ${r.lapsLed}, but lapsLed does not list ${r.driver}`);
    if (j !== -1 && table[j]!.laps !== r.lapsLed) fail(`lapsLed.${j}.laps`, `is ${table[j]!.laps}, but results[${i}] ${r.driver} says ${r.lapsLed}`);
  });
};

/** Who led when, where the record says so. */
const leaderSpans: RaceRule = ({ race, span, driver, sources }) => {
  race.leaderSpans?.forEach((s, i) => {
    span(`leaderSpans.${i}`, s.startLap, s.endLap);
    driver(`leaderSpans.${i}.driver`, s.driver);
    sources(`leaderSpans.${i}.sources`, s.sources);
  });
};

/** The title fight's spans are in lap order and name known contenders, incidents and disagreements. */
const titleFight: RaceRule = ({ race, fail, lap, driver, event, disagreements, sources }) => {
  race.titleFight?.forEach((t, i) => {
    lap(`titleFight.${i}.fromLap`, t.fromLap);
    driver(`titleFight.${i}.leader`, t.leader);
    event(`titleFight.${i}.eventId`, t.eventId);
    disagreements(`titleFight.${i}.disagreements`, t.disagreements);
    sources(`titleFight.${i}.sources`, t.sources);
    const previous = race.titleFight?.[i - 1];
    if (previous && t.fromLap <= previous.fromLap) fail(`titleFight.${i}.fromLap`, `lap ${t.fromLap} does not come after the previous span's lap ${previous.fromLap}`);
  });
};

/** The record after the flag: nothing in it predates the race, and it is kept in date order. */
const afterRace: RaceRule = ({ race, fail, event, driver, sources }) => {
  race.afterRace?.forEach((item, i) => {
    const path = `afterRace.${i}`;
    if (item.date < race.date) fail(`${path}.date`, `${item.date} is before the race (${race.date}); a ruling after the race cannot precede it`);
    const previous = race.afterRace?.[i - 1];
    if (previous && item.date < previous.date) fail(`${path}.date`, `${item.date} comes before the previous item's ${previous.date}: keep them in date order`);
    item.eventIds.forEach((id, j) => event(`${path}.eventIds.${j}`, id));
    item.drivers.forEach((d, j) => driver(`${path}.drivers.${j}`, d));
    sources(`${path}.sources`, item.sources);
  });
};

/** Standings tables: oldest first, each later one changed by a named ruling, points highest first. */
const championship: RaceRule = ({ race, fail, driver, ruling, sources }) => {
  race.championship?.forEach((table, i) => {
    const path = `championship.${i}`;
    table.standings.forEach((s, j) => driver(`${path}.standings.${j}.driver`, s.driver));
    sources(`${path}.sources`, table.sources);
    const previous = race.championship?.[i - 1];
    if (previous && table.asOf < previous.asOf) fail(`${path}.asOf`, `${table.asOf} comes before the previous table's ${previous.asOf}: oldest first`);
    if (i > 0 && table.changedBy === undefined) fail(`${path}.changedBy`, 'a later table must name the ruling after the race that changed it');
    if (table.changedBy !== undefined) ruling(`${path}.changedBy`, table.changedBy);
    for (let j = 1; j < table.standings.length; j++) {
      if (table.standings[j]!.points > table.standings[j - 1]!.points) fail(`${path}.standings.${j}.points`, 'standings must be in points order, highest first');
    }
  });
};

/** Key facts have sources. */
const keyFacts: RaceRule = ({ race, sources }) => {
  race.keyFacts?.forEach((f, i) => sources(`keyFacts.${i}.sources`, f.sources));
};

/** A disagreement's claims are about laps of the race and cite their sources. */
const disagreementClaims: RaceRule = ({ race, lap, event, sources }) => {
  race.disagreements?.forEach((d, i) => {
    event(`disagreements.${i}.eventId`, d.eventId);
    d.claims.forEach((c, j) => {
      if (c.lap !== undefined) lap(`disagreements.${i}.claims.${j}.lap`, c.lap);
      sources(`disagreements.${i}.claims.${j}.sources`, c.sources);
    });
  });
};

/**
 * Numbers and spans that must agree with each other (data/consistencyRules.ts). They weigh many
 * values at once, so they wait for a file the schema passed whole: with a refused value taken out,
 * they would report a span "to lap undefined".
 */
const consistency: RaceRule = ({ race, fail, whole }) => {
  if (whole) checkConsistency(race, fail);
};

/** The fields written in our own words: quotation marks there would pass our words off as someone's. */
export const OWN_WORDS_FIELDS: ReadonlySet<string> = new Set(['title', 'description', 'lapNote', 'note', 'summary', 'cause', 'topic', 'resolution', 'says', 'label', 'value']);

/** Matches a quotation mark, straight or curly, double or the opening and closing single ones used as quotes. */
const QUOTATION_MARK = /[“”"„«»]/;

/**
 * Titles, descriptions and notes are our own words and carry no quotation marks: quotation marks
 * hold only the articles' exact words, and those live in quotes.json (checked verbatim there).
 */
const ownWords: RaceRule = ({ race, fail }) => {
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}.${i}`));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, field] of Object.entries(value)) {
        const at = path === '' ? key : `${path}.${key}`;
        if (typeof field === 'string' && OWN_WORDS_FIELDS.has(key) && QUOTATION_MARK.test(field)) {
          fail(at, `has a quotation mark (${field.match(QUOTATION_MARK)![0]}): a ${key} is in our own words; an article's exact words go in quotes.json`);
        } else walk(field, at);
      }
    }
  };
  walk(race, '');
};

/**
 * Every cross-check of a race, in the order its problems are reported. This list is the one place
 * rules are called: add a new rule (a RaceRule) here.
 */
export const RACE_RULES: readonly RaceRule[] = [
  identity,
  uniqueIds,
  raceFacts,
  stages,
  events,
  overtimes,
  cautions,
  results,
  lapsLed,
  leaderSpans,
  titleFight,
  afterRace,
  championship,
  keyFacts,
  disagreementClaims,
  ownWords,
  consistency,
];
