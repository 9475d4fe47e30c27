/**
 * Path-form addresses (issue 11): races and incidents have pages; the query carries the rest of the
 * view; every query-form link still opens the same view. Round trips, site folders, bad paths.
 */
import { dataset } from '../data/load/bundledDataset';
import { addressOf, parseAddress, splitPath } from './address';
import { catalogOf } from './store';
import { parseView, sameView } from './url';
import { fillView } from './view';

const catalog = catalogOf(dataset);

describe('splitPath', () => {
  it('finds the race and the incident at the end of the path, and the site root before them', () => {
    expect(splitPath('/phoenix-2023/hocevar-spins-heim/', catalog)).toEqual({ root: '/', race: 'phoenix-2023', event: 'hocevar-spins-heim', follow: null });
    expect(splitPath('/phoenix-2023/', catalog)).toEqual({ root: '/', race: 'phoenix-2023', event: null, follow: null });
    expect(splitPath('/news/lapline/roval-2025/', catalog)).toEqual({ root: '/news/lapline/', race: 'roval-2025', event: null, follow: null });
    expect(splitPath('/news/lapline/roval-2025/index.html', catalog)).toEqual({ root: '/news/lapline/', race: 'roval-2025', event: null, follow: null });
    expect(splitPath('/phoenix-2023/hocevar-spins-heim', catalog)).toEqual({ root: '/', race: 'phoenix-2023', event: 'hocevar-spins-heim', follow: null });
    // Extra slashes at the end, as some hosts and hand-typed links leave them.
    expect(splitPath('/phoenix-2023//', catalog)).toEqual({ root: '/', race: 'phoenix-2023', event: null, follow: null });
    expect(splitPath('/phoenix-2023/hocevar-spins-heim///', catalog)).toEqual({ root: '/', race: 'phoenix-2023', event: 'hocevar-spins-heim', follow: null });
  });

  it('takes a path that names no race as the site root (the folder the page is in)', () => {
    expect(splitPath('/', catalog)).toEqual({ root: '/', race: null, event: null, follow: null });
    expect(splitPath('/news/lapline/', catalog)).toEqual({ root: '/news/lapline/', race: null, event: null, follow: null });
    expect(splitPath('/news/lapline/index.html', catalog)).toEqual({ root: '/news/lapline/', race: null, event: null, follow: null });
    expect(splitPath('/news/phoenix-2022/', catalog)).toEqual({ root: '/news/phoenix-2022/', race: null, event: null, follow: null });
  });

  it('finds a followed driver’s page, /<race>/follow/<driver>/, under any root', () => {
    expect(splitPath('/phoenix-2023/follow/corey-heim/', catalog)).toEqual({ root: '/', race: 'phoenix-2023', event: null, follow: 'corey-heim' });
    expect(splitPath('/news/lapline/roval-2025/follow/corey-heim/index.html', catalog)).toEqual({ root: '/news/lapline/', race: 'roval-2025', event: null, follow: 'corey-heim' });
    expect(splitPath('/roval-2025/follow/corey-heim//', catalog)).toEqual({ root: '/', race: 'roval-2025', event: null, follow: 'corey-heim' });
    // Whatever the id: parseAddress reports one the race does not have.
    expect(splitPath('/roval-2025/follow/nobody/', catalog)).toEqual({ root: '/', race: 'roval-2025', event: null, follow: 'nobody' });
    // "follow" with no driver after it is the race’s own page, not an incident called "follow".
    expect(splitPath('/roval-2025/follow/', catalog)).toEqual({ root: '/', race: 'roval-2025', event: null, follow: null });
    // "follow" not after a race is nothing special.
    expect(splitPath('/follow/corey-heim/', catalog)).toEqual({ root: '/follow/corey-heim/', race: null, event: null, follow: null });
  });

  it('does not take a second race for an incident', () => {
    expect(splitPath('/phoenix-2023/roval-2025/', catalog)).toEqual({ root: '/phoenix-2023/', race: 'roval-2025', event: null, follow: null });
  });
});

describe('parseAddress', () => {
  it('opens an incident’s page on the incident, at its lap', () => {
    expect(parseAddress('/phoenix-2023/hocevar-spins-heim/', '', catalog)).toEqual(parseView('?race=phoenix-2023&event=hocevar-spins-heim', catalog));
  });

  it('applies the query on top of the page: lap, spoilers, zoom', () => {
    const { view, problems } = parseAddress('/phoenix-2023/hocevar-spins-heim/', '?lap=130&spoilers=hide&zoom=100-140', catalog);
    expect(problems).toEqual([]);
    expect(view).toMatchObject({ race: 'phoenix-2023', event: 'hocevar-spins-heim', lap: 130, hideAhead: true, zoom: [100, 140] });
  });

  it('lets the path, not the query, name the race and the incident, and names what of the query it ignores', () => {
    expect(parseAddress('/phoenix-2023/', '?race=roval-2025&event=heim-wins', catalog)).toEqual({
      view: parseView('?race=phoenix-2023', catalog).view,
      problems: ['This page’s address names the race; the link’s “race=roval-2025” is ignored.', 'This page’s address names the race; the link’s “event=heim-wins” is ignored.'],
    });
    expect(parseAddress('/phoenix-2023/kraus-out/', '?event=wood-out&race=roval-2025&lap=160', catalog)).toEqual({
      view: parseView('?race=phoenix-2023&event=kraus-out&lap=160', catalog).view,
      problems: [
        'This page’s address names the race and the incident; the link’s “race=roval-2025” is ignored.',
        'This page’s address names the race and the incident; the link’s “event=wood-out” is ignored.',
      ],
    });
    // An incident id with a trailing space is not the page's incident, and is named, space and all.
    expect(parseAddress('/phoenix-2023/', '?event=hocevar-spins-heim%20', catalog).problems).toEqual(['This page’s address names the race; the link’s “event=hocevar-spins-heim ” is ignored.']);
  });

  it('says nothing of a race or incident in the query that only repeats the path', () => {
    expect(parseAddress('/phoenix-2023/kraus-out/', '?race=phoenix-2023&event=kraus-out', catalog).problems).toEqual([]);
  });

  it('reads a path with repeated slashes as the page it names, under the root "/"', () => {
    expect(splitPath('//phoenix-2023//', catalog)).toEqual({ root: '/', race: 'phoenix-2023', event: null, follow: null });
    expect(splitPath('/news//lapline///phoenix-2023/kraus-out//', catalog)).toEqual({ root: '/news/lapline/', race: 'phoenix-2023', event: 'kraus-out', follow: null });
    expect(splitPath('//', catalog).root).toBe('/');
    expect(addressOf(parseAddress('//phoenix-2023//', '', catalog).view, splitPath('//phoenix-2023//', catalog).root, catalog)).toBe('/phoenix-2023/');
  });

  it('reports an incident the race does not have, and opens the race', () => {
    const { view, problems } = parseAddress('/phoenix-2023/no-such-crash/', '', catalog);
    expect(view).toMatchObject({ race: 'phoenix-2023', event: null });
    expect(problems).toEqual([expect.stringMatching(/There is no incident “no-such-crash” in 2023 Craftsman 150/)]);
  });

  it('reads every query-form link at the site root as before', () => {
    for (const search of ['?race=roval-2025&lap=12', '?race=phoenix-2023&event=kraus-out&quote=hocevar-i-messed-up', '?lap=abc', '']) {
      expect(parseAddress('/', search, catalog)).toEqual(parseView(search, catalog));
      expect(parseAddress('/news/lapline/', search, catalog)).toEqual(parseView(search, catalog));
    }
  });
});

describe('parseAddress on a followed driver’s page', () => {
  it('carries follow= on a comparison’s page: a driver of either race, there and back', () => {
    const { view, problems } = parseAddress('/compare/phoenix-2023/roval-2025/', '?follow=carson-hocevar', catalog);
    expect(problems).toEqual([]);
    expect(view).toMatchObject({ follow: 'carson-hocevar', compare: { races: ['phoenix-2023', 'roval-2025'] } });
    expect(addressOf(view, '/', catalog)).toBe('/compare/phoenix-2023/roval-2025/?follow=carson-hocevar');
    expect(parseAddress('/compare/phoenix-2023/roval-2025/', '?follow=nobody', catalog).problems).toEqual(['There is no driver “nobody”; no driver is followed.']);
  });

  it('opens the race following the driver, as the query form does', () => {
    expect(parseAddress('/phoenix-2023/follow/corey-heim/', '', catalog)).toEqual(parseView('?race=phoenix-2023&follow=corey-heim', catalog));
    expect(parseAddress('/phoenix-2023/follow/corey-heim/', '', catalog).view).toMatchObject({ race: 'phoenix-2023', event: null, follow: 'corey-heim', lap: 179 });
  });

  it('applies the query on top, but the path names the driver: a follow in the query is ignored, and named', () => {
    const { view, problems } = parseAddress('/roval-2025/follow/corey-heim/', '?follow=brent-crews&lap=30&spoilers=hide&event=heim-wins', catalog);
    expect(problems).toEqual([
      'This page’s address names the race and the driver followed; the link’s “event=heim-wins” is ignored.',
      'This page’s address names the race and the driver followed; the link’s “follow=brent-crews” is ignored.',
    ]);
    expect(view).toMatchObject({ race: 'roval-2025', follow: 'corey-heim', lap: 30, hideAhead: true, event: null });
  });

  it('follows from the query on a race’s or an incident’s page', () => {
    expect(parseAddress('/phoenix-2023/hocevar-spins-heim/', '?follow=corey-heim', catalog).view).toMatchObject({ event: 'hocevar-spins-heim', follow: 'corey-heim', lap: 120 });
    expect(parseAddress('/phoenix-2023/', '?follow=corey-heim', catalog).view).toMatchObject({ event: null, follow: 'corey-heim' });
  });

  it('reports a driver who is not in that race, or no driver at all, and opens the race', () => {
    const other = parseAddress('/roval-2025/follow/carson-hocevar/', '', catalog);
    expect(other.view).toMatchObject({ race: 'roval-2025', event: null });
    expect(other.view.follow ?? null).toBeNull();
    expect(other.problems).toEqual(['Carson Hocevar did not race in the 2025 EcoSave 250; no driver is followed.']);
    expect(parseAddress('/roval-2025/follow/nobody/', '', catalog).problems).toEqual(['There is no driver “nobody”; no driver is followed.']);
  });
});

describe('addressOf', () => {
  it('gives a followed driver’s page when no incident is selected, and the incident’s page with follow= when one is', () => {
    const base = { race: 'phoenix-2023', lap: 179, event: null, quote: null, hideAhead: false, follow: 'corey-heim' };
    expect(addressOf(base, '/', catalog)).toBe('/phoenix-2023/follow/corey-heim/');
    expect(addressOf({ ...base, lap: 42 }, '/news/lapline/', catalog)).toBe('/news/lapline/phoenix-2023/follow/corey-heim/?lap=42');
    // No spoilers: the spoiler-free page, the driver followed in its query.
    expect(addressOf({ ...base, hideAhead: true, lap: 1 }, '/', catalog)).toBe('/phoenix-2023/no-spoilers/?follow=corey-heim');
    expect(addressOf({ ...base, event: 'hocevar-spins-heim', lap: 120 }, '/', catalog)).toBe('/phoenix-2023/hocevar-spins-heim/?follow=corey-heim');
    expect(addressOf({ ...base, event: 'hocevar-spins-heim', lap: 130, lanes: 'driver' }, '/', catalog)).toBe('/phoenix-2023/hocevar-spins-heim/?lap=130&lanes=driver&follow=corey-heim');
    expect(addressOf({ ...base, follow: null }, '/', catalog)).toBe('/phoenix-2023/');
  });

  it('round-trips every driver of every race, with and without an incident, under any root', () => {
    for (const race of dataset.races.values()) {
      for (const driver of race.drivers) {
        for (const event of [null, race.events[0]!.id]) {
          for (const root of ['/', '/news/lapline/']) {
            const view = fillView({ race: race.id, lap: 3, event, quote: null, hideAhead: false, follow: driver.id });
            const address = addressOf(view, root, catalog);
            expect(address.startsWith(`${root}${race.id}/${event ?? `follow/${driver.id}`}/`)).toBe(true);
            const [pathname, search = ''] = address.split('?');
            const parsed = parseAddress(pathname!, search ? `?${search}` : '', catalog);
            expect(parsed.problems).toEqual([]);
            expect(sameView(parsed.view, view)).toBe(true);
          }
        }
      }
    }
  });

  it('gives a race’s or an incident’s page, with a query only for what the page does not open on', () => {
    expect(addressOf({ race: 'phoenix-2023', lap: 120, event: 'hocevar-spins-heim', quote: null, hideAhead: false }, '/', catalog)).toBe('/phoenix-2023/hocevar-spins-heim/');
    expect(addressOf({ race: 'phoenix-2023', lap: 179, event: null, quote: null, hideAhead: false }, '/', catalog)).toBe('/phoenix-2023/');
    expect(addressOf({ race: 'phoenix-2023', lap: 42, event: null, quote: null, hideAhead: false }, '/x/', catalog)).toBe('/x/phoenix-2023/?lap=42');
    expect(addressOf({ race: 'phoenix-2023', lap: 1, event: null, quote: null, hideAhead: true }, '/', catalog)).toBe('/phoenix-2023/no-spoilers/');
    expect(addressOf({ race: 'phoenix-2023', lap: 130, event: 'hocevar-spins-heim', quote: null, hideAhead: false, lanes: 'driver' }, '/', catalog)).toBe(
      '/phoenix-2023/hocevar-spins-heim/?lap=130&lanes=driver',
    );
  });

  it('round-trips every incident and race, at several laps, in and out of no-spoilers mode, under any root', () => {
    for (const race of dataset.races.values()) {
      for (const event of [null, ...race.events.map((e) => e.id)]) {
        for (const lap of [1, 50, race.lapsRun]) {
          for (const hideAhead of [false, true]) {
            for (const root of ['/', '/news/lapline/']) {
              // A view the app never holds: in no-spoilers mode an incident after the cursor is not selected.
              if (hideAhead && event !== null && race.events.find((e) => e.id === event)!.lap > lap) continue;
              const view = fillView({ race: race.id, lap, event, quote: null, hideAhead });
              const address = addressOf(view, root, catalog);
              // A no-spoilers address never names an incident in its path (its page would unfurl as it).
              if (hideAhead) expect(address.startsWith(`${root}${race.id}/no-spoilers/`)).toBe(true);
              const [pathname, search = ''] = address.split('?');
              const parsed = parseAddress(pathname!, search ? `?${search}` : '', catalog);
              expect(parsed.problems).toEqual([]);
              expect(sameView(parsed.view, view)).toBe(true);
            }
          }
        }
      }
    }
  });

  it('in no-spoilers mode, never writes an incident ahead of the cursor, nor a page named after one', () => {
    const spin = dataset.races.get('phoenix-2023')!.events.find((e) => e.id === 'hocevar-spins-heim')!;
    expect(addressOf({ race: 'phoenix-2023', lap: 60, event: null, quote: null, hideAhead: true }, '/', catalog)).toBe('/phoenix-2023/no-spoilers/?lap=60');
    expect(addressOf({ race: 'phoenix-2023', lap: spin.lap, event: spin.id, quote: null, hideAhead: true }, '/', catalog)).toBe(
      `/phoenix-2023/no-spoilers/?event=${spin.id}`,
    );
    expect(addressOf({ race: 'phoenix-2023', lap: 60, event: null, quote: null, hideAhead: true, compare: { races: ['phoenix-2023', 'roval-2025'], align: 'distance', at: 10 } }, '/', catalog)).toMatch(
      /^\/compare\/phoenix-2023\/roval-2025\/no-spoilers\/\?at=/,
    );
  });
});

describe('the spoiler-free page', () => {
  it('opens its race at the start, hiding what lies ahead, and takes the lap, incident and driver from its query', () => {
    expect(parseAddress('/phoenix-2023/no-spoilers/', '', catalog)).toEqual({ view: expect.objectContaining({ race: 'phoenix-2023', lap: 1, event: null, hideAhead: true }), problems: [] });
    expect(parseAddress('/x/phoenix-2023/no-spoilers/index.html', '?lap=60&follow=corey-heim', catalog).view).toMatchObject({ lap: 60, follow: 'corey-heim', hideAhead: true });
    expect(parseAddress('/compare/phoenix-2023/roval-2025/no-spoilers/', '', catalog).view).toMatchObject({ hideAhead: true, compare: { races: ['phoenix-2023', 'roval-2025'] } });
  });

  it('hides what lies ahead whatever its query says, and says so', () => {
    const { view, problems } = parseAddress('/phoenix-2023/no-spoilers/', '?spoilers=show&lap=60', catalog);
    expect(view).toMatchObject({ hideAhead: true, lap: 60 });
    expect(problems).toEqual(['This page shows the race without spoilers; the link’s “spoilers=show” is ignored.']);
  });

  it('drops an incident after the lap with a notice that does not name it', () => {
    const { view, problems } = parseAddress('/phoenix-2023/no-spoilers/', '?lap=60&event=eckes-wins', catalog);
    expect(view).toMatchObject({ lap: 60, event: null, hideAhead: true });
    expect(problems).toEqual(['The link selects an incident after lap 60; with what happens after the cursor hidden, it is not shown.']);
    expect(problems.join(' ')).not.toMatch(/eckes/i);
  });

  it('is no page of an incident or driver called no-spoilers: those ids are reserved', () => {
    expect(parseAddress('/phoenix-2023/follow/no-spoilers/', '', catalog).view.hideAhead).toBe(false);
    expect(parseAddress('/phoenix-2023/hocevar-spins-heim/no-spoilers/', '', catalog).view.hideAhead).toBe(false);
  });
});
