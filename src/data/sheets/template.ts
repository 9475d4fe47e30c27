/**
 * The race spreadsheet template: which CSV sheets make a race file, and what each column holds.
 * One definition serves the import (fromSheets.ts), the export (toSheets.ts), the empty template
 * (docs/race-template/) and its documentation (docs/spreadsheet.md), so they cannot drift apart.
 *
 * A cell's kind says how its text becomes a value of the race file (cells.ts):
 * - `text`: kept as written; `id`: an id such as "corey-heim"; `int`/`number`: "12" becomes 12;
 * - `bool`: "yes" or "no"; `list`: ids separated by commas; `range`: laps such as "118-120";
 * - `sources`: one source a line, by its id in sources.csv, with an optional note after a colon
 *   ("nascar-results: lap 121").
 * A blank cell is a field left out (a blank `list` the race file must have is an empty list).
 */

export type CellKind = 'text' | 'id' | 'int' | 'number' | 'bool' | 'list' | 'range' | 'sources';

export type Column = {
  /** The header in the sheet. */
  name: string;
  /** The field of the race file it fills, within the sheet's item. */
  field: string;
  kind: CellKind;
  /** Whether the sheet must have this column (a blank cell may still be refused by the schema). */
  required?: boolean;
  /** What goes in it, in plain words (docs/spreadsheet.md). */
  help: string;
};

export type Sheet = {
  file: string;
  /** What one row is. */
  row: string;
  columns: readonly Column[];
};

const sources = (what: string): Column => ({ name: 'sources', field: 'sources', kind: 'sources', required: true, help: `Where ${what} comes from: one source a line, its id from sources.csv, then optionally a colon and what exactly it says ("nascar-results: lap 121").` });
const certainty: Column = { name: 'certainty', field: 'certainty', kind: 'id', required: true, help: 'How sure the laps are: exact (a source states them), approximate (rounded or rough), or inferred (worked out by us).' };
const event = (what: string): Column => ({ name: 'event', field: 'eventId', kind: 'id', help: `The id of the incident (events.csv) ${what}, if there is one.` });
const disagreements: Column = { name: 'disagreements', field: 'disagreements', kind: 'list', help: 'Ids of disagreements (disagreements.csv) about this row, separated by commas.' };

/** The one-row sheet with the race itself. */
export const RACE_SHEET: Sheet = {
  file: 'race.csv',
  row: 'the race (one row)',
  columns: [
    { name: 'id', field: 'id', kind: 'id', required: true, help: 'The race’s id, lower-case words and digits joined by hyphens: "martinsville-2024". It names the folder the race is written to.' },
    { name: 'name', field: 'name', kind: 'text', required: true, help: 'The race’s full name, e.g. "2023 NASCAR Craftsman Truck Series Championship Race".' },
    { name: 'short_name', field: 'shortName', kind: 'text', help: 'A shorter name for lists, only when track and year are not enough ("Martinsville spring 2024").' },
    { name: 'series', field: 'series', kind: 'text', required: true, help: 'The series, e.g. "NASCAR Craftsman Truck Series".' },
    { name: 'date', field: 'date', kind: 'text', required: true, help: 'The day of the green flag at the track, as YYYY-MM-DD.' },
    { name: 'track', field: 'track.name', kind: 'text', required: true, help: 'The track’s name.' },
    { name: 'location', field: 'track.location', kind: 'text', required: true, help: 'Where the track is, e.g. "Avondale, Arizona".' },
    { name: 'length_miles', field: 'track.lengthMiles', kind: 'number', help: 'The length of a lap in miles, e.g. 1.022.' },
    { name: 'scheduled_laps', field: 'scheduledLaps', kind: 'int', required: true, help: 'Laps scheduled.' },
    { name: 'laps_run', field: 'lapsRun', kind: 'int', required: true, help: 'Laps actually run, overtime included.' },
    { name: 'winner', field: 'winner', kind: 'id', required: true, help: 'The winner’s driver id (drivers.csv).' },
    { name: 'champion', field: 'champion', kind: 'id', help: 'For a title-deciding race: the champion’s driver id.' },
    { name: 'cautions_total', field: 'cautions.total', kind: 'int', help: 'How many cautions the record counts. Leave blank when the race has no caution record (cautions.csv is then empty too).' },
    { name: 'caution_laps', field: 'cautions.laps', kind: 'int', help: 'How many laps were run under caution in all.' },
    { name: 'cautions_sources', field: 'cautions.sources', kind: 'sources', help: 'Where the caution count comes from (needed with cautions_total).' },
    { name: 'results_sources', field: 'resultsSources', kind: 'sources', help: 'Where the finishing order (results.csv) comes from.' },
    { ...sources('the race as a whole'), help: 'The sources of the race as a whole: one a line, by id, with an optional note after a colon.' },
  ],
};

/** The sheets whose rows are the items of one list of the race file, each with where its list goes. */
export type ListSheet = Sheet & {
  /** The list in the race file, e.g. "events" or "cautions.periods". */
  target: string;
  /** A list the race file must have even when empty (written as []); other lists are left out when the sheet has no rows. */
  always?: boolean;
};

export const LIST_SHEETS: readonly ListSheet[] = [
  {
    file: 'stages.csv', target: 'stages', row: 'a stage, in order',
    columns: [
      { name: 'number', field: 'number', kind: 'int', required: true, help: 'The stage’s number: 1, 2, 3.' },
      { name: 'end_lap', field: 'endLap', kind: 'int', required: true, help: 'The lap the stage ends on (the last stage ends with the race).' },
      { name: 'winner', field: 'winner', kind: 'id', help: 'The stage winner’s driver id.' },
      sources('the stage'),
    ],
  },
  {
    file: 'overtimes.csv', target: 'overtimes', always: true, row: 'an overtime attempt, in order (no rows: the race had none)',
    columns: [
      { name: 'number', field: 'number', kind: 'int', required: true, help: 'The attempt’s number: 1, 2, …' },
      { name: 'start_lap', field: 'startLap', kind: 'int', required: true, help: 'The lap the attempt went green.' },
      { name: 'end_lap', field: 'endLap', kind: 'int', required: true, help: 'The lap it ended (a caution or the checkered flag).' },
      certainty,
      { name: 'summary', field: 'summary', kind: 'text', required: true, help: 'What happened in it, in your own words.' },
      event('that ended it'),
      sources('the attempt'),
    ],
  },
  {
    file: 'drivers.csv', target: 'drivers', row: 'a driver who appears anywhere in the race',
    columns: [
      { name: 'id', field: 'id', kind: 'id', required: true, help: 'The driver’s id, e.g. "corey-heim": the same id in every race.' },
      { name: 'name', field: 'name', kind: 'text', required: true, help: 'The name as readers see it.' },
      { name: 'car', field: 'car', kind: 'text', help: 'The car number as painted, e.g. "11" or "02".' },
      { name: 'team', field: 'team', kind: 'text', help: 'The team.' },
      { name: 'contender', field: 'contender', kind: 'bool', help: '"yes" when the driver was eligible for the championship in this race.' },
    ],
  },
  {
    file: 'events.csv', target: 'events', row: 'an incident or moment on the timeline, in lap order',
    columns: [
      { name: 'id', field: 'id', kind: 'id', required: true, help: 'The incident’s id, e.g. "hocevar-spins-heim".' },
      { name: 'lap', field: 'lap', kind: 'int', required: true, help: 'The lap to draw it at (the most likely one).' },
      certainty,
      { name: 'lap_range', field: 'lapRange', kind: 'range', help: 'When the lap is not exact: the laps it may have been on, first and last, e.g. "118-120".' },
      { name: 'lap_note', field: 'lapNote', kind: 'text', help: 'Why the lap is what it is: which source says what, in your own words.' },
      { name: 'kind', field: 'kind', kind: 'id', required: true, help: 'contact, caution, pit, leader or finish.' },
      { name: 'title', field: 'title', kind: 'text', required: true, help: 'A short title in your own words, e.g. "Hocevar spins Heim".' },
      { name: 'description', field: 'description', kind: 'text', required: true, help: 'What happened, in your own words (never quotes).' },
      { name: 'drivers', field: 'drivers', kind: 'list', required: true, help: 'The driver ids involved, separated by commas.' },
      sources('the incident'),
      disagreements,
      { name: 'key', field: 'key', kind: 'bool', help: '"yes" for a turning point a first-time reader should not miss.' },
    ],
  },
  {
    file: 'cautions.csv', target: 'cautions.periods', always: true, row: 'a caution period, in order (needs cautions_total in race.csv)',
    columns: [
      { name: 'number', field: 'number', kind: 'int', help: 'The caution’s number in the race, where the record gives it.' },
      { name: 'start_lap', field: 'startLap', kind: 'int', required: true, help: 'The lap the caution came out.' },
      { name: 'end_lap', field: 'endLap', kind: 'int', required: true, help: 'The last lap under caution.' },
      certainty,
      { name: 'cause', field: 'cause', kind: 'text', required: true, help: 'What brought it out, in your own words.' },
      event('that brought it out'),
      sources('the caution'),
    ],
  },
  {
    file: 'results.csv', target: 'results', row: 'a finishing position, in order',
    columns: [
      { name: 'position', field: 'position', kind: 'int', required: true, help: 'The finishing position.' },
      { name: 'driver', field: 'driver', kind: 'id', required: true, help: 'The driver id.' },
      { name: 'start', field: 'start', kind: 'int', help: 'The starting position.' },
      { name: 'make', field: 'make', kind: 'text', help: 'The make of truck.' },
      { name: 'laps', field: 'laps', kind: 'int', help: 'Laps completed.' },
      { name: 'status', field: 'status', kind: 'text', help: 'Running, or why the driver was out ("Accident").' },
      { name: 'laps_led', field: 'lapsLed', kind: 'int', help: 'Laps led.' },
      { name: 'points', field: 'points', kind: 'int', help: 'Points scored.' },
      { name: 'out_event', field: 'outEventId', kind: 'id', help: 'The id of the incident (events.csv) that ended this driver’s race, if there is one.' },
      { ...sources('this row'), required: false, help: 'Only when this row’s sources differ from results_sources in race.csv: one a line, by id.' },
    ],
  },
  {
    file: 'laps-led.csv', target: 'lapsLed', row: 'a driver’s total of laps led, as the record counts them',
    columns: [
      { name: 'driver', field: 'driver', kind: 'id', required: true, help: 'The driver id.' },
      { name: 'laps', field: 'laps', kind: 'int', required: true, help: 'Laps led.' },
      { ...disagreements, help: 'Ids of disagreements over this count (it is then shown as disputed), separated by commas.' },
      sources('the count'),
    ],
  },
  {
    file: 'leader-spans.csv', target: 'leaderSpans', row: 'a stretch of laps one driver led, in order',
    columns: [
      { name: 'driver', field: 'driver', kind: 'id', required: true, help: 'The leader’s driver id.' },
      { name: 'start_lap', field: 'startLap', kind: 'int', required: true, help: 'The first lap led.' },
      { name: 'end_lap', field: 'endLap', kind: 'int', required: true, help: 'The last lap led.' },
      certainty,
      { name: 'note', field: 'note', kind: 'text', help: 'How we know, in your own words.' },
      sources('the span'),
    ],
  },
  {
    file: 'title-fight.csv', target: 'titleFight', row: 'from a lap on, the contender ahead in the title fight, in order',
    columns: [
      { name: 'from_lap', field: 'fromLap', kind: 'int', required: true, help: 'The lap from which this contender was ahead on points as they ran.' },
      { name: 'leader', field: 'leader', kind: 'id', required: true, help: 'That contender’s driver id.' },
      certainty,
      { name: 'note', field: 'note', kind: 'text', required: true, help: 'Why, in your own words.' },
      event('that changed it'),
      disagreements,
      sources('the span'),
    ],
  },
  {
    file: 'championship.csv', target: 'championship', row: 'a table of championship points as they stood at one moment, oldest first (its rows are in standings.csv)',
    columns: [
      { name: 'label', field: 'label', kind: 'text', required: true, help: 'The table’s name for readers, e.g. "Race night"; standings.csv names its table by it.' },
      { name: 'as_of', field: 'asOf', kind: 'text', required: true, help: 'The day these points held from, YYYY-MM-DD.' },
      { name: 'changed_by', field: 'changedBy', kind: 'id', help: 'The id of the ruling after the race (after-race.csv) that made this table from the one before.' },
      sources('the table'),
    ],
  },
  {
    file: 'after-race.csv', target: 'afterRace', row: 'a ruling or change after the checkered flag, in date order',
    columns: [
      { name: 'id', field: 'id', kind: 'id', required: true, help: 'Its id, e.g. "heim-penalty".' },
      { name: 'date', field: 'date', kind: 'text', required: true, help: 'The day it was announced, YYYY-MM-DD.' },
      { name: 'kind', field: 'kind', kind: 'id', required: true, help: 'penalty, disqualification, amended-result, appeal or milestone.' },
      { name: 'title', field: 'title', kind: 'text', required: true, help: 'A short title in your own words.' },
      { name: 'description', field: 'description', kind: 'text', required: true, help: 'What was decided and why, in your own words.' },
      { name: 'held_at_race', field: 'heldAtRace', kind: 'text', help: 'What held at the time of the race, before this changed it.' },
      { name: 'events', field: 'eventIds', kind: 'list', required: true, help: 'The incident ids it concerns, separated by commas.' },
      { name: 'drivers', field: 'drivers', kind: 'list', required: true, help: 'The driver ids it concerns, separated by commas.' },
      sources('the ruling'),
    ],
  },
  {
    file: 'key-facts.csv', target: 'keyFacts', row: 'a headline figure for the race at a glance',
    columns: [
      { name: 'label', field: 'label', kind: 'text', required: true, help: 'What the figure is, e.g. "Cautions".' },
      { name: 'value', field: 'value', kind: 'text', required: true, help: 'The figure in words, e.g. "12 for 77 laps".' },
      sources('the figure'),
    ],
  },
  {
    file: 'disagreements.csv', target: 'disagreements', row: 'a point on which sources disagree (its claims are in claims.csv)',
    columns: [
      { name: 'id', field: 'id', kind: 'id', required: true, help: 'Its id, e.g. "spin-lap".' },
      { name: 'topic', field: 'topic', kind: 'text', required: true, help: 'What is disputed, in your own words.' },
      { name: 'resolution', field: 'resolution', kind: 'text', help: 'Our own reading of the claims, if we lean one way, and why.' },
      event('it is about'),
    ],
  },
];

/** The sheets whose rows belong to a row of another sheet, named by a key column. */
export type ChildSheet = Sheet & {
  /** The sheet whose items hold these rows, its key field, and the list they go in. */
  parent: { file: string; key: string; list: string };
  /** This sheet's column that names the parent row. */
  keyColumn: Column;
};

export const CHILD_SHEETS: readonly ChildSheet[] = [
  {
    file: 'standings.csv', parent: { file: 'championship.csv', key: 'label', list: 'standings' }, row: 'a driver’s points in one table of championship.csv, in order',
    keyColumn: { name: 'table', field: '', kind: 'text', required: true, help: 'The label of the table in championship.csv.' },
    columns: [
      { name: 'driver', field: 'driver', kind: 'id', required: true, help: 'The driver id.' },
      { name: 'points', field: 'points', kind: 'int', required: true, help: 'Points in that table.' },
    ],
  },
  {
    file: 'claims.csv', parent: { file: 'disagreements.csv', key: 'id', list: 'claims' }, row: 'what one source says on a point of disagreements.csv (at least two a point)',
    keyColumn: { name: 'disagreement', field: '', kind: 'id', required: true, help: 'The id of the disagreement in disagreements.csv.' },
    columns: [
      { name: 'says', field: 'says', kind: 'text', required: true, help: 'What this source says, in your own words.' },
      { name: 'lap', field: 'lap', kind: 'int', help: 'The lap it gives, if it gives one.' },
      { name: 'value', field: 'value', kind: 'number', help: 'The number it gives, when the dispute is over a count.' },
      sources('the claim'),
    ],
  },
];

/** The list of sources the other sheets cite by id. */
export const SOURCES_SHEET: Sheet = {
  file: 'sources.csv',
  row: 'a source, cited by its id in the other sheets: either one of the articles or a public record with its address',
  columns: [
    { name: 'id', field: 'id', kind: 'id', required: true, help: 'The id the other sheets cite it by, e.g. "nascar-results".' },
    { name: 'article', field: 'article', kind: 'id', help: 'For one of the articles: its id (src/data/articles.json). Leave record and url blank.' },
    { name: 'record', field: 'record', kind: 'text', help: 'For a public record: what it is, e.g. "NASCAR.com: official results".' },
    { name: 'url', field: 'url', kind: 'text', help: 'For a public record: the page that says it (never a site’s front page).' },
    { name: 'published', field: 'published', kind: 'text', help: 'For a public record: the day it was published, YYYY-MM-DD, where it matters.' },
  ],
};

/** Every sheet of the template, in the order the documentation lists them. */
export const ALL_SHEETS: readonly Sheet[] = [RACE_SHEET, SOURCES_SHEET, ...LIST_SHEETS, ...CHILD_SHEETS];

/** A child sheet's columns as they appear in it: the key column first. */
export const columnsOf = (sheet: Sheet): readonly Column[] => ('keyColumn' in sheet ? [(sheet as ChildSheet).keyColumn, ...sheet.columns] : sheet.columns);
