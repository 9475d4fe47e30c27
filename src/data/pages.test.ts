import { dataset } from './load/bundledDataset';
import { cardFileOf, comparedPairs, pagePath, pagesOf, type PageId } from './pages';

const race: PageId = { raceId: 'phoenix-2023', eventId: null };

describe('the pages the build writes', () => {
  it('lie at the addresses the app writes, each card beside its page', () => {
    const cases: [PageId, string, string][] = [
      [race, '/phoenix-2023/', 'phoenix-2023.png'],
      [{ raceId: 'phoenix-2023', eventId: 'hocevar-spins-heim' }, '/phoenix-2023/hocevar-spins-heim/', 'phoenix-2023/hocevar-spins-heim.png'],
      [{ raceId: 'phoenix-2023', eventId: null, follow: 'corey-heim' }, '/phoenix-2023/follow/corey-heim/', 'phoenix-2023/follow/corey-heim.png'],
      [{ raceId: 'phoenix-2023', eventId: null, noSpoilers: true }, '/phoenix-2023/no-spoilers/', 'phoenix-2023/no-spoilers.png'],
      [{ raceId: 'a', eventId: null, compare: ['a', 'b'] }, '/compare/a/b/', 'compare/a/b.png'],
      [{ raceId: 'a', eventId: null, compare: ['a', 'b'], noSpoilers: true }, '/compare/a/b/no-spoilers/', 'compare/a/b/no-spoilers.png'],
    ];
    for (const [page, path, card] of cases) expect([pagePath(page), cardFileOf(page)]).toEqual([path, card]);
  });

  it('are every race, its incidents in order, its drivers’ pages and its spoiler-free page, then every pair compared, each once', () => {
    const pages = pagesOf(dataset);
    const paths = pages.map(pagePath);
    expect(new Set(paths).size).toBe(paths.length);
    for (const r of dataset.races.values()) {
      const own = paths.filter((p) => p.startsWith(`/${r.id}/`));
      expect(own[0]).toBe(`/${r.id}/`);
      expect(own.slice(1, 1 + r.events.length)).toEqual(r.events.map((e) => `/${r.id}/${e.id}/`));
      expect(own.at(-1)).toBe(`/${r.id}/no-spoilers/`);
    }
    const pairs = comparedPairs([...dataset.races.values()]);
    expect(pairs).toHaveLength((dataset.races.size * (dataset.races.size - 1)) / 2);
    expect(paths.slice(-2 * pairs.length)).toEqual(pairs.flatMap(([a, b]) => [`/compare/${a}/${b}/`, `/compare/${a}/${b}/no-spoilers/`]));
  });

  it('pair the races in the site’s order', () => {
    expect(comparedPairs([{ id: 'x' }, { id: 'y' }, { id: 'z' }])).toEqual([
      ['x', 'y'],
      ['x', 'z'],
      ['y', 'z'],
    ]);
  });
});
