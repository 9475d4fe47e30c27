/**
 * The one schema for all race data. Validated at load in the app, in the tests and by
 * `npm run validate`. Types are inferred from it so the data and the code cannot drift.
 *
 * Structure checks live here; cross-reference checks (unique ids, laps inside the race,
 * quotes verbatim in their article, …) live in validate/validateRace.ts.
 */
import * as v from 'valibot';

/** An id: lower-case words and digits joined by hyphens ("hocevar-spins-heim"); the scaffold checks its ids by it too. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = v.pipe(
  v.string(),
  v.regex(SLUG, 'must be a kebab-case slug such as "hocevar-spins-heim"'),
);
const lap = v.pipe(v.number(), v.integer('must be a whole lap number'), v.minValue(0, 'must not be negative'));
const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const isoDate = v.pipe(v.string(), v.isoDate('must be an ISO date such as 2023-11-08'));
/**
 * A data file's `$schema` line: the address of its JSON Schema (src/data/schemas/, `npm run schema`),
 * which an editor reads for completion and hover help. Optional, and never read by the app.
 */
const jsonSchemaLine = v.optional(v.string());

/** How sure we are of a lap: stated by a source, a rounded/approximate statement, or worked out by us. */
export const certaintySchema = v.picklist(['exact', 'approximate', 'inferred']);

/** The kinds of event, which are also the timeline's lanes when grouping by kind. */
export const eventKindSchema = v.picklist(['contact', 'caution', 'pit', 'leader', 'finish']);

/**
 * A source is either one of the three articles (by its id) or a public record with its address.
 * `note` says what exactly that source states, in our own words, when it matters (e.g. "lap 121").
 */
export const sourceRefSchema = v.union([
  v.strictObject({ article: slug, note: v.optional(text) }),
  /** `url` is the page that says it, never a site's front page (validateRace checks). */
  v.strictObject({ record: text, url: text, note: v.optional(text), published: v.optional(isoDate) }),
]);

/** What one source says, when sources disagree. */
export const claimSchema = v.strictObject({
  says: text,
  lap: v.optional(lap),
  /** The number this claim gives, when the dispute is over a count (laps led): what a disputed figure is shown with. */
  value: v.optional(v.number()),
  sources: v.pipe(v.array(sourceRefSchema), v.minLength(1, 'a claim needs at least one source')),
});

/** A point on which sources disagree. The app shows every claim; it never picks one silently. */
export const disagreementSchema = v.strictObject({
  id: slug,
  topic: text,
  claims: v.pipe(v.array(claimSchema), v.minLength(2, 'a disagreement needs at least two claims')),
  /** Our own reading of the claims, if we lean one way and why. */
  resolution: v.optional(text),
  eventId: v.optional(slug),
});

export const raceEventSchema = v.strictObject({
  id: slug,
  /** The lap we draw the marker at (the most likely lap). */
  lap,
  certainty: certaintySchema,
  /** The laps it may have happened on, when the lap is not exact. Inclusive. */
  lapRange: v.optional(v.strictTuple([lap, lap])),
  /** Why the lap is what it is: which source says what, or how we worked it out. */
  lapNote: v.optional(text),
  kind: eventKindSchema,
  /** A short title in our own words, e.g. "Hocevar spins Heim". */
  title: text,
  /** What happened, in our own words. Never quotes. */
  description: text,
  drivers: v.array(slug),
  sources: v.pipe(v.array(sourceRefSchema), v.minLength(1, 'every event needs a source')),
  /** Ids of disagreements about this event. */
  disagreements: v.optional(v.array(slug)),
  /** Marks the turning points a first-time reader should not miss. */
  key: v.optional(v.boolean()),
});

export const driverSchema = v.strictObject({
  id: slug,
  name: text,
  car: v.optional(v.pipe(v.string(), v.regex(/^\d{1,2}$/, 'must be a car number such as "11" or "02"'))),
  team: v.optional(text),
  /** Championship-eligible (Championship 4 / playoff) in this race. */
  contender: v.optional(v.boolean()),
});

export const stageSchema = v.strictObject({
  number: v.pipe(v.number(), v.integer(), v.minValue(1)),
  endLap: lap,
  winner: v.optional(slug),
  sources: v.pipe(v.array(sourceRefSchema), v.minLength(1)),
});

/** A caution period. Its laps may be known only roughly. */
export const cautionSchema = v.strictObject({
  number: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  startLap: lap,
  endLap: lap,
  certainty: certaintySchema,
  cause: text,
  eventId: v.optional(slug),
  sources: v.pipe(v.array(sourceRefSchema), v.minLength(1)),
});

export const overtimeSchema = v.strictObject({
  number: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Laps of this attempt (green to caution or checkered), approximate where the record is. */
  startLap: lap,
  endLap: lap,
  certainty: certaintySchema,
  summary: text,
  eventId: v.optional(slug),
  sources: v.pipe(v.array(sourceRefSchema), v.minLength(1)),
});

export const resultSchema = v.strictObject({
  position: v.pipe(v.number(), v.integer(), v.minValue(1)),
  driver: slug,
  start: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  make: v.optional(text),
  laps: v.optional(lap),
  status: v.optional(text),
  lapsLed: v.optional(lap),
  points: v.optional(v.pipe(v.number(), v.integer())),
  /** The incident that ended this driver's race, if the record has one. */
  outEventId: v.optional(slug),
  /** Sources for this row when they differ from the race's `resultsSources`. */
  sources: v.optional(v.array(sourceRefSchema)),
});

/** A stretch of laps one driver led, where the record says so (often only a count is known). */
export const leaderSpanSchema = v.strictObject({
  driver: slug,
  startLap: lap,
  endLap: lap,
  certainty: certaintySchema,
  note: v.optional(text),
  sources: v.pipe(v.array(sourceRefSchema), v.minLength(1)),
});

/** From `fromLap` on, `leader` was the contender ahead in the title fight (on points as they ran). */
export const titleFightSpanSchema = v.strictObject({
  fromLap: lap,
  leader: slug,
  certainty: certaintySchema,
  note: text,
  eventId: v.optional(slug),
  /** Ids of disagreements about this span, when sources dispute who was ahead. */
  disagreements: v.optional(v.array(slug)),
  sources: v.pipe(v.array(sourceRefSchema), v.minLength(1)),
});

/**
 * What happened to the record after the checkered flag: a penalty, a disqualification, an amended
 * result, an appeal. Dated and sourced, and linked to the incidents it concerns, so the app can
 * show it where a reader meets them.
 */
export const afterRaceSchema = v.strictObject({
  id: slug,
  /** ISO date the ruling or change was announced. */
  date: isoDate,
  /** `milestone`: what a record set in the race became later (a season's wins record raised again). */
  kind: v.picklist(['penalty', 'disqualification', 'amended-result', 'appeal', 'milestone']),
  /** A short title in our own words, e.g. "NASCAR penalises Heim". */
  title: text,
  /** What was decided and why, in our own words. */
  description: text,
  /** What held at the time of the race, before this changed it, in our own words (for a milestone: the record as it stood that day). */
  heldAtRace: v.optional(text),
  /** The incidents it concerns. */
  eventIds: v.array(slug),
  drivers: v.array(slug),
  sources: v.pipe(v.array(sourceRefSchema), v.minLength(1, 'a ruling after the race needs a source')),
});

/** Championship points as they stood at one moment (race night, or after a penalty). */
export const standingsTableSchema = v.strictObject({
  /** A reader-facing name, e.g. "Race night" or "Final, after the penalty". */
  label: text,
  /** ISO date these points held from. */
  asOf: isoDate,
  standings: v.pipe(v.array(v.strictObject({ driver: slug, points: v.pipe(v.number(), v.integer()) })), v.minLength(1)),
  /** The after-race ruling that produced this table from the one before it. */
  changedBy: v.optional(slug),
  sources: v.pipe(v.array(sourceRefSchema), v.minLength(1)),
});

/** A headline figure for the race at a glance ("Cautions: 12 for 77 laps"). */
export const keyFactSchema = v.strictObject({
  label: text,
  value: text,
  sources: v.pipe(v.array(sourceRefSchema), v.minLength(1)),
});

export const raceSchema = v.strictObject({
  $schema: jsonSchemaLine,
  id: slug,
  name: text,
  /**
   * The name readers see in the race list and comparisons, when the one made of the track and the
   * year ("Phoenix 2023") is not enough: two races at one track in one season ("Martinsville spring 2024").
   */
  shortName: v.optional(text),
  series: text,
  /** ISO date (YYYY-MM-DD) of the green flag, local to the track. */
  date: v.pipe(v.string(), v.isoDate('must be an ISO date such as 2023-11-03')),
  track: v.strictObject({ name: text, location: text, lengthMiles: v.optional(v.number()) }),
  scheduledLaps: v.pipe(lap, v.minValue(1)),
  lapsRun: v.pipe(lap, v.minValue(1)),
  stages: v.pipe(v.array(stageSchema), v.minLength(1)),
  overtimes: v.array(overtimeSchema),
  winner: slug,
  champion: v.optional(slug),
  drivers: v.pipe(v.array(driverSchema), v.minLength(1)),
  events: v.pipe(v.array(raceEventSchema), v.minLength(1)),
  cautions: v.optional(
    v.strictObject({
      total: v.pipe(v.number(), v.integer(), v.minValue(0)),
      laps: v.optional(lap),
      sources: v.pipe(v.array(sourceRefSchema), v.minLength(1)),
      periods: v.array(cautionSchema),
    }),
  ),
  results: v.optional(v.array(resultSchema)),
  /** Where the finishing order comes from. */
  resultsSources: v.optional(v.pipe(v.array(sourceRefSchema), v.minLength(1))),
  /** Laps led per driver, as the record totals them. */
  lapsLed: v.optional(
    v.array(
      v.strictObject({
        driver: slug,
        laps: lap,
        /** Ids of disagreements over this count: wherever it is shown, it is shown as disputed, with the other counts. */
        disagreements: v.optional(v.array(slug)),
        sources: v.pipe(v.array(sourceRefSchema), v.minLength(1)),
      }),
    ),
  ),
  leaderSpans: v.optional(v.array(leaderSpanSchema)),
  titleFight: v.optional(v.array(titleFightSpanSchema)),
  /**
   * Championship points for a title-deciding race, oldest first: the race-night table, then one
   * per later change. The last is the official one; earlier ones are kept, not replaced.
   */
  championship: v.optional(v.pipe(v.array(standingsTableSchema), v.minLength(1))),
  /** Rulings and changes after the flag, in date order. */
  afterRace: v.optional(v.array(afterRaceSchema)),
  keyFacts: v.optional(v.array(keyFactSchema)),
  disagreements: v.optional(v.array(disagreementSchema)),
  sources: v.pipe(v.array(sourceRefSchema), v.minLength(1)),
});

/** A direct quotation, verbatim from one article (after decoding HTML entities). */
export const quoteSchema = v.strictObject({
  id: slug,
  article: slug,
  /** A driver id where the speaker is a driver, else the name as the article gives it. */
  speaker: text,
  text,
  /**
   * Every event this quote speaks of, in whichever race. `relation` is "background" for a remark
   * made before that race (it can give context, never a reaction); "reaction" otherwise.
   */
  events: v.array(v.strictObject({ race: slug, event: slug, relation: v.optional(v.picklist(['reaction', 'background'])) })),
  /**
   * When it was said, where the article or the record tells: during the race (a radio call, a
   * post), after the race (interviews that night), days after, or before the race. `date` when known.
   */
  said: v.optional(
    v.strictObject({
      when: v.picklist(['during-race', 'after-race', 'days-after', 'before-race']),
      /** The day it was said, where a source gives it. */
      date: v.optional(isoDate),
      /** How to read `date`, shown with it: "by US Eastern time; still 3 November at the track". */
      dateNote: v.optional(text),
      /**
       * When only roughly known: its month (for ordering) and, in words, as a reader should read it
       * ("mid-September 2025"). Shown as approximate. Not with `date`.
       */
      approx: v.optional(v.strictObject({ month: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as 2025-09')), text })),
      /** When it was first published, where that is later than when it was said (an interview printed later). */
      published: v.optional(isoDate),
      /** How we know, in our own words. */
      note: v.optional(text),
      sources: v.optional(v.array(sourceRefSchema)),
    }),
  ),
  /** Set when the article reports this remark in the words of someone else's post (e.g. a broadcaster's). */
  kind: v.optional(v.picklist(['spoken', 'post'])),
});

/**
 * One remark reported by two articles in different words. Each variant names a quote and the
 * part of it (verbatim, inside the quote's text) that carries the remark.
 */
export const remarkSchema = v.strictObject({
  id: slug,
  speaker: text,
  variants: v.pipe(
    v.array(v.strictObject({ quote: slug, excerpt: text })),
    v.minLength(2, 'a remark with variants needs at least two'),
  ),
});

export const articleSchema = v.strictObject({
  id: slug,
  /** The file name under src/data/articles/ (a verbatim copy of the seed). */
  file: text,
  /** Our own description of the article, shown as such: never presented as its headline. */
  title: text,
  /** Who published it, where known. */
  outlet: v.optional(text),
  /** The original page, where known (never a site's front page). */
  url: v.optional(text),
  /** ISO date of publication where the article gives one. */
  date: v.optional(v.pipe(v.string(), v.isoDate())),
  dateNote: v.optional(text),
  race: slug,
  /**
   * Quoted spans in the article that are not quotations of anyone (a nickname in quotation
   * marks, say), so the quote-count test can tell them apart.
   */
  notQuotes: v.optional(v.array(v.strictObject({ text, why: text }))),
});

export const quotesFileSchema = v.strictObject({
  $schema: jsonSchemaLine,
  quotes: v.array(quoteSchema),
  remarks: v.array(remarkSchema),
});

export const articlesFileSchema = v.strictObject({ $schema: jsonSchemaLine, articles: v.array(articleSchema) });

/** The site as a whole (src/data/site.json): the race its root page opens. */
export const siteSchema = v.strictObject({
  $schema: jsonSchemaLine,
  /** The id of the race the root page shows; the races' order (by date) does not change it. */
  frontPage: slug,
});

export type Certainty = v.InferOutput<typeof certaintySchema>;
export type EventKind = v.InferOutput<typeof eventKindSchema>;
export type SourceRef = v.InferOutput<typeof sourceRefSchema>;
export type Disagreement = v.InferOutput<typeof disagreementSchema>;
export type RaceEvent = v.InferOutput<typeof raceEventSchema>;
export type Driver = v.InferOutput<typeof driverSchema>;
export type Stage = v.InferOutput<typeof stageSchema>;
export type Caution = v.InferOutput<typeof cautionSchema>;
export type Overtime = v.InferOutput<typeof overtimeSchema>;
export type Result = v.InferOutput<typeof resultSchema>;
export type LeaderSpan = v.InferOutput<typeof leaderSpanSchema>;
export type TitleFightSpan = v.InferOutput<typeof titleFightSpanSchema>;
export type AfterRace = v.InferOutput<typeof afterRaceSchema>;
export type StandingsTable = v.InferOutput<typeof standingsTableSchema>;
export type KeyFact = v.InferOutput<typeof keyFactSchema>;
export type Race = v.InferOutput<typeof raceSchema>;
export type Quote = v.InferOutput<typeof quoteSchema>;
export type Remark = v.InferOutput<typeof remarkSchema>;
export type ArticleMeta = v.InferOutput<typeof articleSchema>;
export type QuotesFile = v.InferOutput<typeof quotesFileSchema>;
export type ArticlesFile = v.InferOutput<typeof articlesFileSchema>;
