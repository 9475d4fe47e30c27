import { dataset } from '../data/load/bundledDataset';
import { parseAddress } from '../state/address';
import { catalogOf } from '../state/store';
import { pageOfPath } from './notFound';

const catalog = catalogOf(dataset);

describe('pageOfPath (the 404 page)', () => {
  const races = catalog.raceIds;
  const at = (path: string, search = '', root = '/') => pageOfPath(path, search, root, races);

  it('leaves the ids a path names for parseAddress to check and report, the query as it is', () => {
    expect(at('/phoenix-2023/nope/', '?lap=30')).toEqual({ pathname: '/phoenix-2023/nope/', search: '?lap=30', problems: [] });
    expect(at('/phoenix-2023/follow/brent-crews/')).toEqual({ pathname: '/phoenix-2023/follow/brent-crews/', search: '', problems: [] });
    const { view, problems } = parseAddress('/phoenix-2023/follow/brent-crews/', '', catalog);
    expect(view).toMatchObject({ race: 'phoenix-2023', event: null });
    expect(view.follow ?? null).toBeNull();
    expect(problems).toEqual(['Brent Crews did not race in the 2023 Craftsman 150; no driver is followed.']);
    expect(at('/compare/phoenix-2023/phoenix-2023/')).toEqual({ pathname: '/compare/phoenix-2023/phoenix-2023/', search: '', problems: [] });
  });

  it('drops and names what goes on past a page, and reads repeated slashes and index.html as the page', () => {
    expect(at('/phoenix-2023/hocevar-spins-heim/extra/')).toEqual({ pathname: '/phoenix-2023/hocevar-spins-heim/', search: '', problems: ['The address goes on past the page it names: “extra/” is ignored.'] });
    expect(at('/phoenix-2023/follow/corey-heim/a/b/')).toEqual({ pathname: '/phoenix-2023/follow/corey-heim/', search: '', problems: ['The address goes on past the page it names: “a/b/” is ignored.'] });
    expect(at('/compare/phoenix-2023/roval-2025/x/')?.problems).toEqual(['The address goes on past the page it names: “x/” is ignored.']);
    expect(at('//phoenix-2023//')).toEqual({ pathname: '/phoenix-2023/', search: '', problems: [] });
    expect(at('/phoenix-2023/nope/index.html')?.pathname).toBe('/phoenix-2023/nope/');
  });

  it('takes /<race>/follow/ for the race’s page', () => {
    expect(at('/phoenix-2023/follow/')).toEqual({ pathname: '/phoenix-2023/', search: '', problems: [] });
  });

  it('sends a comparison that is not two races to the query form, which says what is wrong, the query kept', () => {
    const page = at('/compare/phoenix-2023/', '?lap=20');
    expect(page).toEqual({ pathname: '/', search: '?lap=20&compare=phoenix-2023', problems: [] });
    expect(parseAddress(page!.pathname, page!.search, catalog).problems).toEqual([expect.stringMatching(/^The comparison “phoenix-2023” cannot be shown: a comparison takes two races/)]);
    expect(at('/compare/nope/roval-2025/')?.search).toBe('?compare=nope%2Croval-2025');
  });

  it('finds the page under a site in a folder, and nothing outside it or without a race', () => {
    expect(at('/news/lapline/roval-2025/x/', '', '/news/lapline/')).toEqual({ pathname: '/news/lapline/roval-2025/x/', search: '', problems: [] });
    expect(at('/elsewhere/roval-2025/', '', '/news/lapline/')).toBeNull();
    expect(at('/nope/')).toBeNull();
    expect(at('/nope/phoenix-2023/')).toBeNull();
    expect(at('/a/b/c/d/')).toBeNull();
  });
});
