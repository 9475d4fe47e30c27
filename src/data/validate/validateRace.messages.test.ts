/**
 * The messages of `npm run validate`, the build and the development error card, for people: each
 * broken copy of the fixture race gives exactly its problem, its path naming the item by place and
 * id, in plain words (the field that is missing and what it may be, the field probably meant, the
 * id probably meant, where a duplicate was first used); and one run reports every problem, the
 * schema's and the cross-checks' alike. Also the rules that once lived only in tests: no quotation
 * marks in our own words, laps led within the laps run and agreeing with the results, caution laps
 * agreeing with the periods placed.
 */
import { articles } from '../load/bundledDataset';
import { buildDataset } from '../dataset';
import { describeDataError, readablePath } from './errors';
import fixture from '../fixtures/test-speedway-2024.json';
import { validateRace } from './validateRace';

const FILE = 'src/data/races/test-speedway-2024/race.json';
type Race = typeof fixture & Record<string, unknown>;
const context = { articleIds: new Set(articles.keys()), expectedId: 'test-speedway-2024' };
/** The fixture with one change. */
const broken = (change: (race: Race) => void): Race => {
  const race = structuredClone(fixture) as Race;
  change(race);
  return race;
};
/** Every problem, as people read it (without a line: the app has no file text; the scripts add it). */
const problems = (json: unknown) => validateRace(FILE, json, context).errors.map((e) => describeDataError(e).slice(FILE.length + 2));

describe('the fixture race', () => {
  it('passes every check', () => {
    expect(problems(fixture)).toEqual([]);
  });
});

describe('messages for people', () => {
  it.each<[string, (r: Race) => void, string[]]>([
    ['an unknown field: the field probably meant', (r) => ((r.events[2] as Record<string, unknown>).lapnote = r.events[2]!.lapNote, delete (r.events[2] as Record<string, unknown>).lapNote),
      ['events[2] okafor-spins-whitfield .lapnote: unknown field "lapnote": did you mean "lapNote"?']],
    ['an unknown field like no other: the fields that may be there', (r) => ((r.track as Record<string, unknown>).banking = 12),
      ['track.banking: unknown field "banking" (the fields here are name, location, lengthMiles)']],
    ['a missing field: the field and what it may be', (r) => delete (r.events[2] as Record<string, unknown>).certainty,
      ['events[2] okafor-spins-whitfield .certainty: missing field "certainty" (one of "exact", "approximate", "inferred")']],
    ['a missing reference: what it refers to', (r) => delete (r as Record<string, unknown>).winner,
      ['winner: missing field "winner" (the id of a driver in drivers, such as "corey-heim")']],
    ['an unknown driver: the nearest one', (r) => (r.events[2]!.drivers[0] = 'dev-okafer'),
      ['events[2] okafor-spins-whitfield .drivers[0]: unknown driver "dev-okafer": did you mean "dev-okafor"?']],
    ['an unknown event: the nearest one', (r) => (r.cautions.periods[0]!.eventId = 'caution-for-whitfeld'),
      ['cautions.periods[0].eventId: unknown event "caution-for-whitfeld": did you mean "caution-for-whitfield"?']],
    ['an unknown driver like no other', (r) => (r.winner = 'nobody-at-all'),
      ['winner: unknown driver "nobody-at-all" (not in this race’s drivers)']],
    ['a duplicate id: where it was first used', (r) => r.drivers.push({ ...r.drivers[2]!, car: '70' }),
      ['drivers[10] dev-okafor .id: "dev-okafor" is used twice: first by drivers[2]']],
    ['a number written as text', (r) => ((r.events[2] as Record<string, unknown>).lap = '38'),
      ['events[2] okafor-spins-whitfield .lap: must be a whole number, not the text "38": write 38 without quotation marks']],
    ['a car number written as a number', (r) => ((r.drivers[1] as Record<string, unknown>).car = 24),
      ['drivers[1] mara-lindqvist .car: must be a car number such as "11" or "02", not the number 24: write "24" in quotation marks']],
    ['a kind that is not one of the kinds', (r) => (r.events[2]!.kind = 'crash'),
      ['events[2] okafor-spins-whitfield .kind: "crash" is not allowed here: use one of "contact", "caution", "pit", "leader", "finish"']],
    ['a lap that is not whole', (r) => (r.lapsRun = 101.5),
      ['lapsRun: must be a whole lap number']],
    ['a source that mixes an article and a record', (r) => ((r.sources[0] as Record<string, unknown>).article = 'a000-phoenix-hocevar-spins-heim'),
      ['sources[0].article: unknown field "article" (a source is { "article": … } or { "record": …, "url": … })']],
  ])('%s', (_name, change, expected) => {
    expect(problems(broken(change))).toEqual(expected);
  });

  it('reports every problem in one run: the schema’s, and the cross-checks on whatever parsed', () => {
    const race = broken((r) => {
      (r.events[2] as Record<string, unknown>).lap = '38';
      r.events[7]!.lap = 120;
      r.events[4]!.drivers = ['corey-hiem'];
      r.stages[2]!.endLap = 99;
    });
    expect(problems(race)).toEqual([
      'events[2] okafor-spins-whitfield .lap: must be a whole number, not the text "38": write 38 without quotation marks',
      'stages[2].endLap: the last stage ends on lap 99, not the 100 scheduled',
      'events[4] heim-pits-under-green .drivers[0]: unknown driver "corey-hiem": did you mean "corey-heim"?',
      'events[7] heim-wins .lap: lap 120 is outside the race (1–102)',
    ]);
  });

  it('says nothing more where the schema refused a value: no rule reasons from it', () => {
    // A lap of 37.5 would otherwise put the next event (lap 38) "out of lap order" after it.
    expect(problems(broken((r) => (r.events[1]!.lap = 37.5)))).toEqual(['events[1] lindqvist-wins-stage-1 .lap: must be a whole lap number']);
    // An event id refused: what the references to events meant cannot be known, so they are not reported.
    expect(problems(broken((r) => (r.events[3]!.id = 'Caution')))).toEqual(['events[3] Caution .id: must be a kebab-case slug such as "hocevar-spins-heim"']);
  });
});

describe('our own words carry no quotation marks', () => {
  it.each<[string, (r: Race) => void, string]>([
    ['a description', (r) => (r.events[2]!.description = 'Okafor called it "just racing" after he spun Whitfield.'), 'events[2] okafor-spins-whitfield .description: has a quotation mark ("): a description is in our own words; an article\'s exact words go in quotes.json'],
    ['a title, in curly marks', (r) => (r.events[7]!.title = 'Heim: “the best day”'), 'events[7] heim-wins .title: has a quotation mark (“): a title is in our own words; an article\'s exact words go in quotes.json'],
    ['a lap note', (r) => (r.events[2]!.lapNote = 'The report says "about lap 38".'), 'events[2] okafor-spins-whitfield .lapNote: has a quotation mark ("): a lapNote is in our own words; an article\'s exact words go in quotes.json'],
    ['a source’s note', (r) => ((r.stages[0]!.sources[0] as Record<string, unknown>).note = 'Lindqvist "won"'), 'stages[0].sources[0].note: has a quotation mark ("): a note is in our own words; an article\'s exact words go in quotes.json'],
    ['a key fact', (r) => (r.keyFacts[1]!.value = '2 "yellows"'), 'keyFacts[1].value: has a quotation mark ("): a value is in our own words; an article\'s exact words go in quotes.json'],
  ])('refuses quotation marks in %s', (_name, change, expected) => {
    expect(problems(broken(change))).toEqual([expected]);
  });

  it('accepts apostrophes, and quotation marks in a field that is not ours (a record’s name)', () => {
    expect(problems(broken((r) => ((r.events[3]!.title = "Caution for Whitfield's crash"), (r.sources[0]!.record = 'Results page "Freight 100"'))))).toEqual([]);
  });
});

describe('laps led', () => {
  it.each<[string, (r: Race) => void, string[]]>([
    ['more laps led than were run', (r) => (r.lapsLed[0]!.laps = 300), [
      'lapsLed[0] corey-heim .laps: 300 laps led is more than the 102 laps run',
      'lapsLed: the laps led add up to 341, more than the 102 laps run',
      'lapsLed[0] corey-heim .laps: is 300, but results[0] corey-heim says 61',
    ]],
    ['the laps led adding up to more than the race', (r) => ((r.lapsLed[1]!.laps = 35), (r.results[1]!.lapsLed = 35)), ['lapsLed: the laps led add up to 107, more than the 102 laps run']],
    ['a results row disagreeing with the table', (r) => (r.results[2]!.lapsLed = 12), ['lapsLed[2] dev-okafor .laps: is 11, but results[2] dev-okafor says 12']],
    ['a results row leading laps the table does not list', (r) => (r.results[3]!.lapsLed = 4), ['results[3] june-park .lapsLed: is 4, but lapsLed does not list june-park']],
    ['a driver leading more laps than they completed', (r) => ((r.results[9]!.lapsLed = 40), r.lapsLed.push({ driver: 'sam-whitfield', laps: 40, sources: r.lapsLed[0]!.sources }), (r.lapsLed[0]!.laps = 21), (r.results[0]!.lapsLed = 21)),
      ['results[9] sam-whitfield .lapsLed: 40 laps led is more than the 38 laps this driver completed']],
  ])('reports %s', (_name, change, expected) => {
    expect(problems(broken(change))).toEqual(expected);
  });

  it('accepts laps led that add up to the race, and results without laps led', () => {
    expect(problems(broken((r) => r.results.forEach((row) => delete (row as Record<string, unknown>).lapsLed)))).toEqual([]);
  });
});

describe('caution laps', () => {
  it.each<[string, (r: Race) => void, string[]]>([
    ['a total that the periods, all placed, do not add up to', (r) => (r.cautions.laps = 40), ['cautions.laps: is 40, but all 2 periods are placed and they cover 8 laps']],
    ['periods placed that cover more laps than the total', (r) => ((r.cautions.total = 3), (r.cautions.laps = 6)), ['cautions.laps: is 6, but the periods placed already cover 8 laps']],
    ['more periods than the total count', (r) => (r.cautions.total = 1), ['cautions.periods: 2 periods placed but the total is 1']],
  ])('reports %s', (_name, change, expected) => {
    expect(problems(broken(change))).toEqual(expected);
  });

  it('accepts fewer periods placed than the total, covering fewer laps', () => {
    expect(problems(broken((r) => ((r.cautions.total = 3), (r.cautions.laps = 12))))).toEqual([]);
  });
});

describe('readablePath', () => {
  const json = { events: [{ id: 'heim-wins', sources: [{ url: 'x' }] }], results: [{ driver: 'corey-heim' }], stages: [{ endLap: 1 }] };
  it.each([
    ['events.0.lap', 'events[0] heim-wins .lap'],
    ['events.0.sources.0.url', 'events[0] heim-wins .sources[0].url'],
    ['results.0.lapsLed', 'results[0] corey-heim .lapsLed'],
    ['stages.0.endLap', 'stages[0].endLap'],
    ['events.5.lap', 'events[5].lap'],
    ['winner', 'winner'],
    ['', ''],
  ])('reads %s as %s', (path, readable) => {
    expect(readablePath(json, path)).toBe(readable);
  });
});

describe('the front page (site.json)', () => {
  it('must be one of the races, with the nearest one suggested', () => {
    const data = buildDataset({ './races/test-speedway-2024/race.json': fixture }, { file: 'q.json', json: { quotes: [], remarks: [] } }, articles, { file: 'src/data/site.json', json: { frontPage: 'test-speedway-2042' } });
    expect(data.frontPage).toBeUndefined();
    expect(data.errors.map(describeDataError)).toEqual(['src/data/site.json: frontPage: unknown race "test-speedway-2042": did you mean "test-speedway-2024"?']);
    expect(buildDataset({ './races/test-speedway-2024/race.json': fixture }, { file: 'q.json', json: { quotes: [], remarks: [] } }, articles, { file: 's', json: { frontPage: 'test-speedway-2024' } }).frontPage).toBe('test-speedway-2024');
  });
});
