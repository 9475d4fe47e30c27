/**
 * Building the dataset from raw files: race ids and file names from the folders, the order the
 * races are listed in, files that could not be read, and errors outside any race; the articles
 * table; how an error is printed.
 */
import { articles } from './load/bundledDataset';
import { buildArticles } from './articles';
import { buildDataset, driverConsistencyErrors, RaceFileUnreadable } from './dataset';
import { formatDataError } from './validate/errors';
import mini from './fixtures/mini-race.json';
import mismatch from './fixtures/mini-race-driver-mismatch.json';
import phoenixJson from './races/phoenix-2023/race.json';
import rovalJson from './races/roval-2025/race.json';
import type { Race } from './schema';

const NO_QUOTES = { file: 'quotes.json', json: { quotes: [], remarks: [] } };
/** The fixture race under another id and date. */
const raceAs = (id: string, date = mini.date) => ({ ...structuredClone(mini), id, date });

describe('buildDataset', () => {
  it('takes each race id from its folder and names the file from src/data', () => {
    const data = buildDataset({ './races/mini-2024/race.json': mini }, NO_QUOTES, articles);
    expect(data.entries).toEqual([{ id: 'mini-2024', file: 'src/data/races/mini-2024/race.json', race: expect.objectContaining({ id: 'mini-2024' }) }]);
    expect([...data.races.keys()]).toEqual(['mini-2024']);
    expect(data.races.get('mini-2024')).toBe(data.entries[0]!.race);
    expect(data.errors).toEqual([]);
  });

  it('lists races by date, then id, with the ones that failed last, by id', () => {
    const data = buildDataset(
      {
        './races/zeta-2024/race.json': raceAs('zeta-2024', '2024-05-01'),
        './races/broken-b/race.json': { id: 'broken-b' },
        './races/late-2024/race.json': raceAs('late-2024', '2024-05-02'),
        './races/broken-a/race.json': new RaceFileUnreadable('is not valid JSON (Unexpected token)'),
        './races/alpha-2024/race.json': raceAs('alpha-2024', '2024-05-01'),
        './races/early-2023/race.json': raceAs('early-2023', '2023-01-01'),
      },
      NO_QUOTES,
      articles,
    );
    expect(data.entries.map((e) => e.id)).toEqual(['early-2023', 'alpha-2024', 'zeta-2024', 'late-2024', 'broken-a', 'broken-b']);
    expect([...data.races.keys()]).toEqual(['early-2023', 'alpha-2024', 'zeta-2024', 'late-2024']);
  });

  it('keeps a race file that could not be read as an error for that race, at the root of its file', () => {
    const data = buildDataset({ './races/gone-2024/race.json': new RaceFileUnreadable('could not be loaded (HTTP 404)') }, NO_QUOTES, articles);
    expect(data.entries).toEqual([
      { id: 'gone-2024', file: 'src/data/races/gone-2024/race.json', errors: [{ file: 'src/data/races/gone-2024/race.json', path: '', message: 'could not be loaded (HTTP 404)' }], retryable: false },
    ]);
    expect(data.races.size).toBe(0);
  });

  it('checks a race against its folder name', () => {
    const data = buildDataset({ './races/other-2024/race.json': mini }, NO_QUOTES, articles);
    expect(data.entries[0]!.errors!.map(formatDataError)).toEqual(['src/data/races/other-2024/race.json: id: is "mini-2024" but the folder is "other-2024"']);
  });

  it('uses the whole path as the id of a file outside a race folder', () => {
    const data = buildDataset({ 'stray.json': { id: 'x' } }, NO_QUOTES, articles);
    expect(data.entries.map((e) => [e.id, e.file])).toEqual([['stray.json', 'src/data/stray.json']]);
  });

  it('only drops a leading "./" from a path, never one inside it', () => {
    const data = buildDataset({ '../fixtures/race.json': { id: 'x' } }, NO_QUOTES, articles);
    expect(data.entries.map((e) => e.file)).toEqual(['src/data/../fixtures/race.json']);
  });

  it('reports a quotes file that could not be read, with no quotes', () => {
    const data = buildDataset({ './races/mini-2024/race.json': mini }, { file: 'src/data/quotes.json', json: new RaceFileUnreadable('could not be loaded (HTTP 500)') }, articles);
    expect(data.quotes).toEqual([]);
    expect(data.remarks).toEqual([]);
    expect(data.errors).toEqual([{ file: 'src/data/quotes.json', path: '', message: 'could not be loaded (HTTP 500)' }]);
  });

  it('checks quotes against the races that loaded, leaving links into a failed race alone', () => {
    const [articleId, article] = [...articles][0]!;
    const quote = (race: string, event: string) => ({ id: `q-${race}-${event}`, article: articleId, speaker: 'x', text: article.text.slice(0, 30), events: [{ race, event }] });
    const data = buildDataset(
      { './races/mini-2024/race.json': mini, './races/broken-2020/race.json': { id: 'broken-2020' } },
      { file: 'quotes.json', json: { quotes: [quote('mini-2024', 'ghost'), quote('broken-2020', 'ghost'), quote('mini-2024', 'tangle')], remarks: [] } },
      articles,
    );
    expect(data.errors.map(formatDataError)).toEqual(['quotes.json: quotes.0.events.0.event: unknown event "ghost" in race "mini-2024"']);
    expect(data.quotes.map((q) => q.id)).toEqual(['q-mini-2024-ghost', 'q-broken-2020-ghost', 'q-mini-2024-tangle']);
  });

  it('dates quotes by their article: a quote said after its article was published is refused', () => {
    const [articleId, article] = [...articles].find(([, a]) => a.date !== undefined)!;
    const json = { quotes: [{ id: 'q', article: articleId, speaker: 'x', text: article.text.slice(0, 30), events: [], said: { when: 'days-after', date: '2099-01-01' } }], remarks: [] };
    expect(buildDataset({}, { file: 'quotes.json', json }, articles).errors.map(formatDataError)).toEqual([
      `quotes.json: quotes.0.said.date: 2099-01-01 is after the article was published (${article.date})`,
    ]);
  });

  it('places remarks by the race their article reports on', () => {
    // A "before-race" remark in an article about the fixture race is background to it, never a reaction...
    const base = articles.get('a001-phoenix-heim-hocevar-altercation')!;
    const json = { quotes: [{ id: 'q', article: base.id, speaker: 'x', text: base.text.slice(0, 30), events: [{ race: 'mini-2024', event: 'tangle' }], said: { when: 'before-race' } }], remarks: [] };
    const about = (race: string) => buildDataset({ './races/mini-2024/race.json': mini }, { file: 'quotes.json', json }, new Map([[base.id, { ...base, race }]])).errors;
    expect(about('mini-2024').map(formatDataError)).toEqual([expect.stringMatching(/quotes\.0\.events\.0\.relation: the quote was said before race "mini-2024"/)]);
    // ...while "before the race" in an article about another race says nothing about this one.
    expect(about('phoenix-2023')).toEqual([]);
  });

  it('reports each article whose link is a front page, by its place in the list, before the quote errors', () => {
    const meta = new Map([...articles].map(([id, a], i) => [id, i === 0 ? a : { ...a, url: i === 1 ? 'https://example.com/' : 'https://example.com/a/page' }]));
    const data = buildDataset({}, { file: 'quotes.json', json: { quotes: 'none', remarks: [] } }, meta);
    expect(data.errors.map(formatDataError)).toEqual([
      'src/data/articles.json: articles.1.url: "https://example.com/" is a site\'s front page: link the article itself',
      expect.stringMatching(/^quotes\.json: quotes: /),
    ]);
  });

  it('keeps the articles it was given', () => {
    expect(buildDataset({}, NO_QUOTES, articles).articles).toBe(articles);
  });
});

describe('drivers shared across races', () => {
  it('reports a driver id named differently in two races, and one name under two ids, naming the later file', () => {
    // The broken fixture: "ann-able" is "Anne Able" there, and Bob Baker is "robert-baker".
    const data = buildDataset({ './races/mini-2024/race.json': mini, './races/mini-rematch/race.json': mismatch }, NO_QUOTES, articles);
    // Each race is valid on its own, so both still open; the problem is between them.
    expect([...data.races.keys()]).toEqual(['mini-2024', 'mini-rematch']);
    expect(data.errors.map(formatDataError)).toEqual([
      'src/data/races/mini-rematch/race.json: drivers.0.name: "Anne Able" is "Ann Able" in src/data/races/mini-2024/race.json: a driver id must name the same driver, spelled the same, in every race',
      'src/data/races/mini-rematch/race.json: drivers.1.id: "robert-baker" names Bob Baker, who is "bob-baker" in src/data/races/mini-2024/race.json: one driver must have one id in every race',
    ]);
  });

  it('is silent when the races agree, whichever order they come in', () => {
    const twin = { ...structuredClone(mini), id: 'twin-2025', date: '2025-01-01' };
    expect(buildDataset({ './races/twin-2025/race.json': twin, './races/mini-2024/race.json': mini }, NO_QUOTES, articles).errors).toEqual([]);
  });

  it('compares names without regard to case or spacing when looking for one driver under two ids', () => {
    const races = [
      { file: 'a.json', race: mini as Race },
      { file: 'b.json', race: { ...(mini as Race), drivers: [{ id: 'ann-a', name: ' ann  ABLE ' }] } },
    ];
    expect(driverConsistencyErrors(races).map(formatDataError)).toEqual([
      'b.json: drivers.0.id: "ann-a" names  ann  ABLE , who is "ann-able" in a.json: one driver must have one id in every race',
    ]);
  });

  it('the shipped races share their drivers: the same ids with the same names (Corey Heim is corey-heim in both)', () => {
    const races = [
      { file: 'phoenix', race: phoenixJson as Race },
      { file: 'roval', race: rovalJson as Race },
    ];
    expect(driverConsistencyErrors(races)).toEqual([]);
    const shared = phoenixJson.drivers.filter((d) => rovalJson.drivers.some((r) => r.id === d.id)).map((d) => d.id);
    expect(shared).toEqual(expect.arrayContaining(['corey-heim', 'ben-rhodes', 'grant-enfinger', 'ty-majeski']));
  });
});

describe('buildArticles', () => {
  const meta = { articles: [{ id: 'one-article', file: 'one.txt', title: 'One', race: 'mini-2024' }] };

  it('decodes the entities of each text, and nothing else', () => {
    const built = buildArticles(meta, { './articles/one.txt': 'He said &quot;no&quot; &amp;  left.\n' });
    expect([...built.keys()]).toEqual(['one-article']);
    expect(built.get('one-article')).toEqual({ ...meta.articles[0], text: 'He said "no" &  left.\n' });
  });

  it('refuses an article whose text file is missing, naming it', () => {
    expect(() => buildArticles(meta, { './articles/two.txt': 'x' })).toThrow('articles.json: one-article: no text file one.txt');
  });

  it('refuses metadata that is not an articles file', () => {
    expect(() => buildArticles({ articles: [{ id: 'x' }] }, {})).toThrow();
  });
});

describe('formatDataError', () => {
  it('prints file: path: problem, with (root) for the file as a whole', () => {
    expect(formatDataError({ file: 'a.json', path: 'events.0.lap', message: 'bad' })).toBe('a.json: events.0.lap: bad');
    expect(formatDataError({ file: 'a.json', path: '', message: 'is not valid JSON' })).toBe('a.json: (root): is not valid JSON');
  });
});
