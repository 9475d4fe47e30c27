/**
 * The import's rules one by one, on the small fictional race entered from the template
 * (src/data/fixtures/sheets/test-raceway-2026): the sources sheet, the sheets whose rows belong to
 * another sheet's, what a sheet with no rows means, and where a problem the app's checks find is
 * traced back to.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../load/bundledDataset';
import { formatSheetProblem, importRace, sheetsToRace } from './fromSheets';

const folder = resolve(__dirname, '../fixtures/sheets/test-raceway-2026');
const fixture = new Map(readdirSync(folder).map((name) => [name, readFileSync(resolve(folder, name), 'utf8')]));
const context = { articleIds: new Set(dataset.articles.keys()) };
const known = [...dataset.races.values()].flatMap((r) => r.drivers.map(({ id, name }) => ({ id, name })));

function sheets(change: Record<string, string | ((text: string) => string) | null>) {
  const files = new Map(fixture);
  for (const [file, edit] of Object.entries(change)) {
    if (edit === null) files.delete(file);
    else files.set(file, typeof edit === 'string' ? edit : edit(files.get(file) ?? ''));
  }
  return files;
}
const messages = (files: Map<string, string>) => importRace(files, context, known).problems.map(formatSheetProblem);
const race = (files: Map<string, string>) => {
  const { race: made, problems } = importRace(files, context, known);
  expect(problems.map(formatSheetProblem)).toEqual([]);
  return made as Record<string, unknown>;
};
const SOURCES_HEADER = 'id,article,record,url,published\n';
const TWO_SOURCES = 'results,,Test Raceway: official results (fictional),https://example.org/test-raceway-2026/results,\nreport,,Test Daily: race report (fictional),https://example.org/news/2026/05/16/test-raceway-100-report,2026-05-16\n';

describe('sources.csv', () => {
  it('refuses a row without an id, an id twice, both an article and a record, neither, and a record without its address', () => {
    const files = sheets({
      'sources.csv': `${SOURCES_HEADER}${TWO_SOURCES},,Nameless record,https://example.org/a/b,\nresults,,Another,https://example.org/c/d,\nboth,a002-roval-heim-record-10th-win,A record,,\nneither,,,,\nbare,,A record without address,,\n`,
    });
    expect(messages(files)).toEqual([
      'sources.csv:4:id: a source needs its id, which the other sheets cite it by',
      'sources.csv:5:id: the id "results" is already the source on row 2',
      'sources.csv:6:article: give either an article or a record with its url, not both',
      'sources.csv:7:record: give the article’s id, or the record’s name and url',
      'sources.csv:8:url: a record needs the address of the page that says it',
    ]);
  });

  it('gives a cited source as the race file writes it: an article by id, a record with its address and date, and the note', () => {
    const made = race(sheets({
      'sources.csv': `${SOURCES_HEADER}${TWO_SOURCES}art, a002-roval-heim-record-10th-win ,,,\n`,
      'key-facts.csv': (text) => `${text}Article,1,"art: the article\nresults"\n`,
    }));
    const facts = made.keyFacts as { label: string; sources: unknown[] }[];
    expect(facts.find((f) => f.label === 'Article')?.sources).toEqual([
      { article: 'a002-roval-heim-record-10th-win', note: 'the article' },
      { record: 'Test Raceway: official results (fictional)', url: 'https://example.org/test-raceway-2026/results' },
    ]);
    expect((made.sources as unknown[])[1]).toEqual({ record: 'Test Daily: race report (fictional)', url: 'https://example.org/news/2026/05/16/test-raceway-100-report', published: '2026-05-16' });
  });

  it('traces a problem with a cited source to its row in sources.csv, and one with a note to the citing cell', () => {
    const files = sheets({ 'sources.csv': `${SOURCES_HEADER}${TWO_SOURCES.replace('https://example.org/test-raceway-2026/results', 'https://example.org/')}` });
    const got = messages(files);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((m) => m.startsWith('sources.csv:2:url: ')), got.join('\n')).toBe(true);
  });
});

describe('sheets whose rows belong to another sheet’s', () => {
  const disagreement = 'id,topic,resolution,event\npit-lap,When Heim pitted,,heim-pits-early\n';
  const claims = (key: string) => `disagreement,says,lap,value,sources\n${key},Under the stage break,27,,report\n pit-lap ,Before it,26,,results\n`;

  it('puts each claim in its disagreement, by the id in its first column', () => {
    const made = race(sheets({ 'disagreements.csv': disagreement, 'claims.csv': claims('pit-lap') }));
    expect(made.disagreements).toEqual([
      {
        id: 'pit-lap',
        topic: 'When Heim pitted',
        eventId: 'heim-pits-early',
        claims: [
          { says: 'Under the stage break', lap: 27, sources: [expect.objectContaining({ record: 'Test Daily: race report (fictional)' })] },
          { says: 'Before it', lap: 26, sources: [expect.objectContaining({ record: 'Test Raceway: official results (fictional)' })] },
        ],
      },
    ]);
  });

  it('refuses a claim whose disagreement is not in disagreements.csv, and traces a claim’s problem to its row', () => {
    expect(messages(sheets({ 'disagreements.csv': disagreement, 'claims.csv': claims('pit-stop') }))).toEqual([
      'disagreements.csv:2: needs at least two claims',
      'claims.csv:2:disagreement: no row of disagreements.csv has id "pit-stop"',
    ].map((m, i) => (i === 0 ? expect.stringMatching(/^disagreements\.csv:2(:\w+)?: /) : m)));
    expect(messages(sheets({ 'disagreements.csv': disagreement, 'claims.csv': claims('pit-lap').replace(',27,', ',900,') }))).toEqual([expect.stringMatching(/^claims\.csv:2:lap: /)]);
  });
});

describe('a sheet with no rows', () => {
  const header = (text: string) => `${text.split('\n')[0]}\n`;

  it('leaves that part of the race out, but overtimes are then none, and the cautions’ periods none when there is a caution record', () => {
    // Read only (the checks would then say the race ran past its laps with no overtime).
    const made = sheetsToRace(sheets({ 'overtimes.csv': header, 'key-facts.csv': header, 'cautions.csv': header, 'race.csv': (t) => t.replace(',3,15,results,', ',0,,results,') })).race as Record<string, unknown>;
    expect(made.overtimes).toEqual([]);
    expect('keyFacts' in made).toBe(false);
    expect(made.cautions).toEqual({ total: 0, sources: [expect.objectContaining({ record: 'Test Raceway: official results (fictional)' })], periods: [] });
    const none = sheetsToRace(sheets({ 'cautions.csv': header, 'race.csv': (t) => t.replace(',3,15,results,', ',,,,') })).race as Record<string, unknown>;
    expect('cautions' in none).toBe(false);
  });

  it('and a missing sheet is one with no rows, but for race.csv', () => {
    const made = sheetsToRace(sheets({ 'key-facts.csv': null })).race as Record<string, unknown>;
    expect('keyFacts' in made).toBe(false);
    expect(messages(sheets({ 'stages.csv': null }))).toEqual([expect.stringMatching(/^stages\.csv: /)]);
  });

  it('a caution without the race’s caution count is traced to race.csv', () => {
    expect(messages(sheets({ 'race.csv': (t) => t.replace(',3,15,results,', ',,,,') }))).toEqual([
      'race.csv:2:cautions_total: missing field "total" (a whole number)',
      'race.csv:2:cautions_sources: missing field "sources" (a list [ … ])',
    ]);
  });
});

describe('reading a sheet', () => {
  it('traces a race field inside another (the track’s location) to its own column', () => {
    expect(messages(sheets({ 'race.csv': (t) => t.replace('"Springfield, Anystate"', '') }))).toEqual([expect.stringMatching(/^race\.csv:2:location: /)]);
  });

  it('counts rows as the spreadsheet does (a cell over two lines is one row), skips blank rows and columns without a header', () => {
    const files = sheets({ 'drivers.csv': 'id,,name,car,team,contender\ncorey-heim,ignored,Corey Heim,11,,\n,,,,,\n\njane-doe,,Jane Doe,24,"Example\nRacing",\njohn-roe,,John Roe,7x,,\n' });
    expect(messages(files)).toEqual([expect.stringMatching(/^drivers\.csv:6:car: /)]);
    const made = sheetsToRace(files).race as { drivers: Record<string, unknown>[] };
    expect(made.drivers.map((d) => d.id)).toEqual(['corey-heim', 'jane-doe', 'john-roe']);
    expect(made.drivers[1]).toEqual({ id: 'jane-doe', name: 'Jane Doe', car: '24', team: 'Example\nRacing' });
  });

  it('refuses cells past the header’s last column, but not empty ones', () => {
    expect(messages(sheets({ 'laps-led.csv': (t) => t.replace('corey-heim,60,,results', 'corey-heim,60,,results,,') }))).toEqual([]);
    expect(messages(sheets({ 'laps-led.csv': (t) => t.replace('corey-heim,60,,results', 'corey-heim,60,,results,extra') }))).toEqual(['laps-led.csv:2: has 5 cells, more than the header’s 4 columns']);
  });

  it('says a sheet whose header is blank is empty', () => {
    expect(messages(sheets({ 'stages.csv': ',,\n1,25,jane-doe\n' }))).toEqual(['stages.csv: is empty: it needs its header row (number,end_lap,winner,sources)']);
  });

  it('refuses a driver named as another race’s driver under a new id', () => {
    expect(messages(sheets({ 'drivers.csv': (t) => t.replace('corey-heim,Corey Heim', 'c-heim,Corey Heim').replaceAll(',corey-heim,', ',c-heim,') }))).toContain(
      'drivers.csv:2:id: the other races know Corey Heim as "corey-heim": use that id',
    );
  });

  it('lists problems sheet by sheet in the template’s order, row by row', () => {
    const got = messages(sheets({
      'events.csv': (t) => t.replace('heim-wins,104,', 'heim-wins,x,').replace('doe-on-pole,1,', 'doe-on-pole,y,'),
      'stages.csv': (t) => t.replace('1,25,', 'z,25,'),
      'laps-led.csv': (t) => t.replace('jane-doe,44,', 'jane-doe,q,'),
    }));
    expect(got.map((m) => m.split(': ')[0])).toEqual(['stages.csv:2:number', 'events.csv:2:lap', 'events.csv:10:lap', 'laps-led.csv:3:laps']);
  });
});
