/**
 * Building the dataset at its edges: drivers compared across three races (each against the first
 * that named them), names compared by case and spacing, site.json unreadable, refused or naming an
 * unknown race, where an article error is, and when the app can open with races still on their way.
 */
import { articles } from './load/bundledDataset';
import { buildDataset, driverConsistencyErrors, RaceFilePending, RaceFileUnreadable, readyToOpen } from './dataset';
import mini from './fixtures/mini-race.json';
import type { Race } from './schema';

const NO_QUOTES = { file: 'quotes.json', json: { quotes: [], remarks: [] } };
/** A race whose only drivers are those given (as id, name). */
const withDrivers = (...drivers: [string, string][]) => ({ ...structuredClone(mini), drivers: drivers.map(([id, name], k) => ({ id, name, car: String(k + 1) })) }) as unknown as Race;
const consistency = (...races: Race[]) => driverConsistencyErrors(races.map((race, k) => ({ file: `race-${k}.json`, race })));

describe('driverConsistencyErrors', () => {
  it('names where a differently named driver is, and compares every later race with the first', () => {
    const errors = consistency(withDrivers(['ann-able', 'Ann Able']), withDrivers(['ann-able', 'Anne Able']), withDrivers(['ann-able', 'Anne Able']));
    expect(errors.map((e) => [e.file, e.path, e.where])).toEqual([
      ['race-1.json', 'drivers.0.name', 'drivers[0] ann-able .name'],
      ['race-2.json', 'drivers.0.name', 'drivers[0] ann-able .name'],
    ]);
    expect(errors[1]!.message).toBe('"Anne Able" is "Ann Able" in race-0.json: a driver id must name the same driver, spelled the same, in every race');
  });

  it('names where a driver under a second id is, and compares every later race with the first', () => {
    const errors = consistency(withDrivers(['ann-able', 'Ann Able']), withDrivers(['a-able', 'Ann Able']), withDrivers(['a-able', 'Ann Able']));
    expect(errors.map((e) => [e.file, e.path, e.where])).toEqual([
      ['race-1.json', 'drivers.0.id', 'drivers[0] a-able .id'],
      ['race-2.json', 'drivers.0.id', 'drivers[0] a-able .id'],
    ]);
    expect(errors[1]!.message).toBe('"a-able" names Ann Able, who is "ann-able" in race-0.json: one driver must have one id in every race');
  });

  it('tells names apart that differ by more than case and spacing', () => {
    expect(consistency(withDrivers(['ann-able', 'Ann Able']), withDrivers(['annable', 'AnnAble']))).toEqual([]);
    expect(consistency(withDrivers(['jan-weiss', 'Jan Weiß']), withDrivers(['jan-weiss-2', 'Jan Weiss']))).toEqual([]);
    expect(consistency(withDrivers(['ann-able', 'Ann Able']), withDrivers(['a-able', ' ann   ABLE ']))).toHaveLength(1);
  });
});

describe('buildDataset: site.json', () => {
  const races = { './races/mini-2024/race.json': mini, './races/other-2024/race.json': { ...structuredClone(mini), id: 'other-2024' } };

  it('reports a site.json that could not be read, at its root', () => {
    const data = buildDataset(races, NO_QUOTES, articles, { file: 'src/data/site.json', json: new RaceFileUnreadable('is not valid JSON') });
    expect(data.errors).toEqual([{ file: 'src/data/site.json', path: '', message: 'is not valid JSON' }]);
    expect(data.frontPage).toBeUndefined();
  });

  it('reports only the schema problem of a site.json of the wrong shape', () => {
    const data = buildDataset(races, NO_QUOTES, articles, { file: 'src/data/site.json', json: {} });
    expect(data.errors.map((e) => e.path)).toEqual(['frontPage']);
    expect(data.errors[0]!.message).not.toMatch(/unknown race/);
  });

  it('lists the races when the front page is like none of them', () => {
    const data = buildDataset(races, NO_QUOTES, articles, { file: 'src/data/site.json', json: { frontPage: 'zzzzzzzzzzzz' } });
    expect(data.errors).toEqual([{ file: 'src/data/site.json', path: 'frontPage', message: 'unknown race "zzzzzzzzzzzz" (the races are mini-2024, other-2024)' }]);
  });

  it('has no front page at all without a site.json', () => {
    expect(Object.keys(buildDataset(races, NO_QUOTES, articles))).not.toContain('frontPage');
  });
});

describe('buildDataset: articles', () => {
  it('names an article whose link is a front page by its place and id', () => {
    const meta = new Map([...articles].map(([id, a], i) => [id, i === 1 ? { ...a, url: 'https://example.com/' } : a]));
    const id = [...articles.keys()][1]!;
    expect(buildDataset({}, NO_QUOTES, meta).errors.map((e) => e.where)).toEqual([`articles[1] ${id} .url`]);
  });
});

describe('readyToOpen without a race named or a front page', () => {
  it('is ready when every race has arrived, and not while one is on its way', () => {
    const races = { './races/mini-2024/race.json': mini, './races/other-2024/race.json': { ...structuredClone(mini), id: 'other-2024' } };
    expect(readyToOpen(buildDataset(races, NO_QUOTES, articles), '')).toBe(true);
    const pending = buildDataset({ ...races, './races/later-2024/race.json': new RaceFilePending() }, NO_QUOTES, articles);
    expect(readyToOpen(pending, '')).toBe(false);
  });
});
