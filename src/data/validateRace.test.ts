import { articles } from './bundledDataset';
import { buildDataset } from './dataset';
import { formatDataError } from './errors';
import mini from './fixtures/mini-race.json';
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
  ])('reports %s', (_name, change, message) => {
    expect(problems(broken(change)).join('\n')).toMatch(message);
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
