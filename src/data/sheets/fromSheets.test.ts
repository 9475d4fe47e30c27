/**
 * The import's messages: a template with planted mistakes gives each one, as
 * `sheet.csv:row:column: problem`, all in one run, and no race. The sheets are the Roval's own,
 * exported, each with one thing broken.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../load/bundledDataset';
import { formatSheetProblem, importRace } from './fromSheets';
import { raceToSheets } from './toSheets';

const roval = JSON.parse(readFileSync(resolve(__dirname, '../races/roval-2025/race.json'), 'utf8')) as never;
const context = { articleIds: new Set(dataset.articles.keys()) };
const otherDrivers = [...dataset.races.values()].filter((r) => r.id !== 'roval-2025').flatMap((r) => r.drivers.map(({ id, name }) => ({ id, name })));

/** The Roval's sheets with `change` applied to the text of some of them. */
function sheets(change: Record<string, (text: string) => string> = {}) {
  const files = new Map(raceToSheets(roval));
  for (const [file, edit] of Object.entries(change)) files.set(file, edit(files.get(file) ?? ''));
  return files;
}
const messages = (files: Map<string, string>) => importRace(files, context, otherDrivers).problems.map(formatSheetProblem);
/** Replaces exactly one occurrence (the test's own check that it broke what it meant to). */
const once = (from: string, to: string) => (text: string) => {
  expect(text.split(from).length, `"${from}" once`).toBe(2);
  return text.replace(from, to);
};

describe('a race entered from the empty template alone', () => {
  it('imports as a race the app accepts (src/data/fixtures/sheets/test-raceway-2026, a fictional race)', () => {
    const folder = resolve(__dirname, '../fixtures/sheets/test-raceway-2026');
    const files = new Map(readdirSync(folder).map((name) => [name, readFileSync(resolve(folder, name), 'utf8')]));
    const { race, problems } = importRace(files, context, otherDrivers);
    expect(problems).toEqual([]);
    expect(race).toMatchObject({ id: 'test-raceway-2026', lapsRun: 104, winner: 'corey-heim' });
    const events = race?.events as { id: string; lap: number; lapRange?: number[]; drivers: string[]; sources: unknown[] }[];
    expect(events.map((e) => e.lap)).toEqual([1, 12, 25, 27, 44, 50, 78, 96, 104]);
    expect(events.find((e) => e.id === 'heim-pits-early')?.lapRange).toEqual([26, 28]);
    expect(events.find((e) => e.id === 'debris-caution')?.drivers).toEqual([]);
    expect(events.find((e) => e.id === 'heim-wins')?.sources).toEqual([
      { record: 'Test Raceway: official results (fictional)', url: 'https://example.org/test-raceway-2026/results' },
      { record: 'Test Daily: race report (fictional)', url: 'https://example.org/news/2026/05/16/test-raceway-100-report', published: '2026-05-16', note: 'winner' },
    ]);
  });
});

describe('importing sheets', () => {
  it('gives the race and no problem for sheets without mistakes', () => {
    const { race, problems } = importRace(sheets(), context, otherDrivers);
    expect(problems).toEqual([]);
    expect(race?.id).toBe('roval-2025');
  });

  it('reports every planted mistake, each at its sheet, row and column, and gives no race', () => {
    const files = sheets({
      'events.csv': (text) => once('heim-on-pole,1,exact', 'heim-on-pole,1a,exact')(once('rhodes-crash-lap-2,2,exact,,,contact', 'rhodes-crash-lap-2,2,exact,2-x,,contact')(text)),
      'stages.csv': (text) => text.replace(/\n1,\d+,/, '\n1,,'),
      'results.csv': (text) => text.replace('position,', 'position,colour,'),
      'overtimes.csv': (text) => text.replace(/\n1,\d+,/, '\n1,900,'),
      'sources.csv': once('a002-roval-heim-record-10th-win,a002-roval-heim-record-10th-win,,,', 'a002-roval-heim-record-10th-win,a002-roval-heim-record-10th-win,Some record,,'),
      'key-facts.csv': (text) => `${text}Tyres,"two sets",no-such-source\n`,
      'notes.csv': () => 'a,b\n',
    });
    // Every one, and nothing else: what the sheets get wrong first, then the app's own checks on
    // the race they make, traced to their cells.
    expect(messages(files)).toEqual([
      'notes.csv: is not a sheet of the template (its sheets are race.csv, sources.csv, stages.csv, overtimes.csv, drivers.csv, events.csv, cautions.csv, results.csv, laps-led.csv, leader-spans.csv, title-fight.csv, championship.csv, after-race.csv, key-facts.csv, disagreements.csv, standings.csv, claims.csv)',
      'sources.csv:6:article: give either an article or a record with its url, not both',
      'stages.csv:2:end_lap: missing field "endLap" (a whole number)',
      'overtimes.csv:2:start_lap: lap 900 is outside the race (1–70)',
      'overtimes.csv:2: ends (lap 70) before it starts (lap 900)',
      'events.csv:2:lap: must be a whole number, not "1a"',
      'events.csv:4:lap_range: must be the first and last lap, such as "118-120", not "2-x"',
      'results.csv:1:colour: is not a column of this sheet (its columns are position, driver, start, make, laps, status, laps_led, points, out_event, sources)',
      'key-facts.csv:14:sources: no source "no-such-source" in sources.csv',
    ]);
    expect(importRace(files, context, otherDrivers).race).toBeUndefined();
  });

  it('says what is wrong with a sheet as a whole', () => {
    expect(messages(sheets({ 'race.csv': () => '' }))).toContain('race.csv: is empty: it needs its header row (id,name,short_name,series,date,track,location,length_miles,scheduled_laps,laps_run,winner,champion,cautions_total,caution_laps,cautions_sources,results_sources,sources)');
    const noRace = sheets();
    noRace.delete('race.csv');
    expect(messages(noRace)).toEqual(['race.csv: is missing: every race needs its race.csv, one row with the race itself']);
    expect(messages(sheets({ 'race.csv': (text) => `${text}${text.split('\n')[1]}\n` }))).toEqual(['race.csv: must have exactly one row under its header, the race, not 2']);
    expect(messages(sheets({ 'race.csv': (text) => `${text.split('\n')[0]}\n` }))).toEqual(['race.csv: must have exactly one row under its header, the race, not 0']);
    expect(messages(sheets({ 'events.csv': once('id,lap,certainty', 'id,certainty') }))).toContain('events.csv:1: has no column "lap", which the template needs');
    expect(messages(sheets({ 'drivers.csv': once('id,name,car', 'id,name,name') }))).toContain('drivers.csv:1:name: is in the header twice');
  });

  it('refuses a driver the other races know by another name or id', () => {
    const known = otherDrivers.find((d) => d.id === 'corey-heim');
    expect(known).toBeDefined();
    const renamed = messages(sheets({ 'drivers.csv': once('corey-heim,Corey Heim', 'corey-heim,C. Heim') }));
    expect(renamed.filter((m) => m.includes('the other races know'))).toEqual([expect.stringMatching(/^drivers\.csv:\d+:name: the other races know "corey-heim" as Corey Heim/)]);
  });

  it('reads what spreadsheet programs write: a byte-order mark, Windows line ends, blank rows, "Yes"', () => {
    const files = sheets({
      'drivers.csv': (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}\r\n,,,,\r\n`,
      'events.csv': once(',lap-1-caution,yes', ',lap-1-caution,Yes'),
    });
    const { race, problems } = importRace(files, context, otherDrivers);
    expect(problems).toEqual([]);
    expect((race?.drivers as unknown[]).length).toBe((roval as { drivers: unknown[] }).drivers.length);
  });

  it('cites sources by id with a note, and refuses a source line without an id', () => {
    expect(messages(sheets({ 'stages.csv': (text) => text.replace(/\n1,(\d+),([^,]*),/, '\n1,$1,$2,": no id"\n') }))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^stages\.csv:2:sources: a source line must start with the source's id from sources\.csv/)]),
    );
  });
});
