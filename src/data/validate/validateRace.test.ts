import { articles } from '../load/bundledDataset';
import { buildDataset } from '../dataset';
import { formatDataError } from './errors';
import mini from '../fixtures/mini-race.json';
import { validateRace } from './validateRace';

const context = { articleIds: new Set(articles.keys()), expectedId: 'mini-2024' };
const FILE = 'src/data/races/mini-2024/race.json';
/** A deep copy of the fixture with one change applied. */
const broken = (change: (race: typeof mini) => void) => {
  const copy = structuredClone(mini);
  change(copy);
  return copy;
};
const problems = (json: unknown) => validateRace(FILE, json, context).errors.map(formatDataError);

describe('validateRace', () => {
  it('accepts the fixture race (a third race is only a data file away)', () => {
    const { race, errors } = validateRace(FILE, mini, context);
    expect(errors).toEqual([]);
    expect(race?.events).toHaveLength(5);
  });

  it('names the file, the path and the problem for a schema error', () => {
    expect(problems(broken((r) => ((r.events[1] as { certainty: string }).certainty = 'maybe')))).toEqual([
      expect.stringMatching(/^src\/data\/races\/mini-2024\/race\.json: events\.1\.certainty: .*exact.*approximate.*inferred/),
    ]);
  });

  it('rejects data that is not an object at all', () => {
    expect(problems('garbage')[0]).toMatch(/race\.json: \(root\): /);
  });

  it.each([
    ['an event outside the race', (r: typeof mini) => (r.events[4]!.lap = 99), /events\.4\.lap: lap 99 is outside the race/],
    ['events out of lap order', (r: typeof mini) => (r.events[0]!.lap = 20), /events\.1\.lap: .*lap order/],
    ['a duplicate event id', (r: typeof mini) => (r.events[2]!.id = 'tangle'), /events\.2\.id: "tangle" is used twice/],
    ['an unknown driver', (r: typeof mini) => (r.events[0]!.drivers = ['nobody']), /events\.0\.drivers\.0: unknown driver "nobody"/],
    ['an unknown article', (r: typeof mini) => (r.sources = [{ article: 'no-such-article' } as never]), /sources\.0\.article: unknown article/],
    ['a stage ending after the laps run', (r: typeof mini) => (r.stages[1]!.endLap = 40), /stages\.1\.endLap: lap 40 is after the last lap run/],
    ['a lap range that misses its lap', (r: typeof mini) => (r.events[1]!.lapRange = [13, 14]), /events\.1\.lapRange: does not contain/],
    ['an uncertain lap without a range', (r: typeof mini) => delete (r.events[1] as { lapRange?: unknown }).lapRange, /events\.1\.lapRange: is required/],
    ['a folder/id mismatch', (r: typeof mini) => (r.id = 'other-race'), /^[^:]+: id: is "other-race"/],
    ['a caution event that does not exist', (r: typeof mini) => (r.cautions.periods[0]!.eventId = 'ghost'), /cautions\.periods\.0\.eventId: unknown event "ghost"/],
    ['a source that is a site\'s front page', (r: typeof mini) => (r.events[1]!.sources[0]!.url = 'https://si.com'), /events\.1\.sources\.0\.url: "https:\/\/si\.com" is a site's front page/],
    ['a front page with a trailing slash', (r: typeof mini) => (r.stages[0]!.sources[0]!.url = 'https://www.nbcsports.com/'), /stages\.0\.sources\.0\.url: .* front page/],
    ['a front page cited by a ruling after the race', (r: typeof mini) => (r.afterRace[0]!.sources[0]!.url = 'https://example.org'), /afterRace\.0\.sources\.0\.url: .* front page/],
    ['a ruling after the race without a date', (r: typeof mini) => delete (r.afterRace[0] as { date?: string }).date, /afterRace\.0\.date: /],
    ['a ruling after the race with a date that is not a date', (r: typeof mini) => (r.afterRace[0]!.date = 'next week'), /afterRace\.0\.date: must be an ISO date/],
    ['a ruling after the race without a source', (r: typeof mini) => (r.afterRace[0]!.sources = []), /afterRace\.0\.sources: a ruling after the race needs a source/],
    ['a ruling dated before the race', (r: typeof mini) => (r.afterRace[0]!.date = '2024-04-30'), /afterRace\.0\.date: 2024-04-30 is before the race \(2024-05-01\)/],
    ['a ruling about an incident that does not exist', (r: typeof mini) => (r.afterRace[0]!.eventIds = ['ghost']), /afterRace\.0\.eventIds\.0: unknown event "ghost"/],
    ['a ruling naming an unknown driver', (r: typeof mini) => (r.afterRace[0]!.drivers = ['nobody']), /afterRace\.0\.drivers\.0: unknown driver "nobody"/],
    ['a later standings table that does not say what changed it', (r: typeof mini) => delete (r.championship[1] as { changedBy?: string }).changedBy, /championship\.1\.changedBy: a later table must name the ruling/],
    ['a standings table changed by an unknown ruling', (r: typeof mini) => (r.championship[1]!.changedBy = 'ghost'), /championship\.1\.changedBy: unknown after-race item "ghost"/],
    ['standings tables out of date order', (r: typeof mini) => (r.championship[1]!.asOf = '2024-04-01'), /championship\.1\.asOf: 2024-04-01 comes before/],
    ['standings not in points order', (r: typeof mini) => (r.championship[0]!.standings[1]!.points = 99), /championship\.0\.standings\.1\.points: standings must be in points order/],
    ['title-fight spans out of lap order', (r: typeof mini) => (r.titleFight[1]!.fromLap = 1), /titleFight\.1\.fromLap: lap 1 does not come after/],
    ['a title-fight span citing an unknown disagreement', (r: typeof mini) => ((r.titleFight[1] as { disagreements?: string[] }).disagreements = ['ghost']), /titleFight\.1\.disagreements\.0: unknown disagreement "ghost"/],
  ])('reports %s', (_name, change, message) => {
    expect(problems(broken(change)).join('\n')).toMatch(message);
  });

  it('accepts an address with a query as a page, not a front page', () => {
    expect(problems(broken((r) => (r.events[1]!.sources[0]!.url = 'https://speedwaymedia.com/?p=248626')))).toEqual([]);
  });
});

describe('buildDataset', () => {
  it('keeps the other races working when one race file is broken', () => {
    const data = buildDataset(
      {
        './races/mini-2024/race.json': mini,
        './races/broken-2020/race.json': { id: 'broken-2020', name: 42 },
      },
      { file: 'quotes.json', json: { quotes: [], remarks: [] } },
      articles,
    );
    expect(data.races.has('mini-2024')).toBe(true);
    const failed = data.entries.find((e) => e.id === 'broken-2020');
    expect(failed?.race).toBeUndefined();
    expect(failed?.errors?.map(formatDataError)).toContainEqual(expect.stringMatching(/^src\/data\/races\/broken-2020\/race\.json: name: /));
    expect(data.entries.map((e) => e.id)).toEqual(['mini-2024', 'broken-2020']);
  });

  /** A dataset with one quote linked to the fixture's contact, from an article about the fixture race published 2024-05-02. */
  const withQuote = (quote: Record<string, unknown>) => {
    const base = articles.get('a001-phoenix-heim-hocevar-altercation')!;
    const article = { ...base, race: 'mini-2024', date: '2024-05-02' };
    return buildDataset(
      { './races/mini-2024/race.json': mini },
      { file: 'quotes.json', json: { quotes: [{ id: 'q', article: article.id, speaker: 'x', text: article.text.slice(0, 40), events: [{ race: 'mini-2024', event: 'tangle' }], ...quote }], remarks: [] } },
      new Map([[article.id, article]]),
    ).errors.map(formatDataError);
  };

  it('refuses a remark made before a race linked as a reaction to it', () => {
    const background = { events: [{ race: 'mini-2024', event: 'tangle', relation: 'background' }] };
    for (const said of [{ when: 'after-race', date: '2024-04-30' }, { when: 'before-race' }]) {
      expect(withQuote({ said })).toEqual([expect.stringMatching(/^quotes\.json: quotes\.0\.events\.0\.relation: the quote was said before race "mini-2024" \(2024-05-01\): link it as "background"/)]);
      expect(withQuote({ said, ...background })).toEqual([]);
    }
    // Said on race day or later, or with no timing given, it may be a reaction.
    expect(withQuote({ said: { when: 'after-race', date: '2024-05-01' } })).toEqual([]);
    expect(withQuote({})).toEqual([]);
  });

  it('refuses a quote dated after its own article was published', () => {
    expect(withQuote({ said: { when: 'after-race', date: '2024-05-03' } })).toEqual([expect.stringMatching(/quotes\.0\.said\.date: 2024-05-03 is after the article was published \(2024-05-02\)/)]);
  });

  it('reports an article whose original link is a front page', () => {
    const meta = new Map(articles);
    const [id, first] = [...meta][0]!;
    meta.set(id, { ...first, url: 'https://www.sportskeeda.com/' });
    const errors = buildDataset({ './races/mini-2024/race.json': mini }, { file: 'quotes.json', json: { quotes: [], remarks: [] } }, meta).errors.map(formatDataError);
    expect(errors).toEqual([expect.stringMatching(/^src\/data\/articles\.json: articles\.0\.url: "https:\/\/www\.sportskeeda\.com\/" is a site's front page/)]);
  });

  it('reports a quote that is not verbatim in its article', () => {
    const [first] = articles.keys();
    const data = buildDataset(
      { './races/mini-2024/race.json': mini },
      { file: 'quotes.json', json: { quotes: [{ id: 'made-up', article: first, speaker: 'x', text: 'Words nobody said.', events: [{ race: 'mini-2024', event: 'tangle' }] }], remarks: [] } },
      articles,
    );
    expect(data.errors.map(formatDataError)).toEqual([expect.stringMatching(/^quotes\.json: quotes\.0\.text: is not found verbatim/)]);
  });
});
