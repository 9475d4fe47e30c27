/**
 * The URL contract, message by message: what each bad value falls back to and the exact notice
 * the reader gets, the defaults a link leaves out, and the order parameters are written in.
 */
import { defaultRaceOf, parseView, sameView, serializeView } from './url';
import type { Catalog, LinkView } from './view';
import { catalog } from './url.fixture';

const parse = (search: string, c: Catalog = catalog) => parseView(search, c);

describe('parseView: the notices, word for word', () => {
  it.each<[string, Partial<LinkView>, string[], ('zoom' | 'lanes')?]>([
    ['?race=daytona-1979', { race: 'phoenix-2023', lap: 179 }, ['There is no race “daytona-1979”; showing 2023 Craftsman 150 instead.']],
    ['?race=phoenix-2023&event=ghost', { event: null, lap: 179 }, ['There is no incident “ghost” in 2023 Craftsman 150; no incident is selected.']],
    ['?race=phoenix-2023&lap=abc', { lap: 179 }, ['The lap “abc” is not a lap number; showing lap 179.']],
    ['?race=phoenix-2023&event=hocevar-spins-heim&lap=x', { lap: 120 }, ['The lap “x” is not a lap number; showing lap 120.']],
    ['?race=phoenix-2023&lap=0', { lap: 1 }, ['2023 Craftsman 150 ran laps 1 to 179; lap 0 is shown as lap 1.']],
    ['?race=phoenix-2023&lap=180', { lap: 179 }, ['2023 Craftsman 150 ran laps 1 to 179; lap 180 is shown as lap 179.']],
    ['?race=phoenix-2023&lap=-3', { lap: 1 }, ['2023 Craftsman 150 ran laps 1 to 179; lap -3 is shown as lap 1.']],
    ['?race=phoenix-2023&lap=1234567890', { lap: 179 }, ['The lap “1234567890” is not a lap number; showing lap 179.']],
    ['?race=phoenix-2023&quote=ghost', { quote: null }, ['There is no quote “ghost”; the article reader stays closed.']],
    ['?race=phoenix-2023&lanes=team', {}, ['The lanes “team” are not “kind” or “driver”; grouping incidents by kind.'], 'lanes'],
    ['?race=phoenix-2023&zoom=abc', {}, ['The zoom “abc” is not a lap window such as 120-179; showing the whole race.'], 'zoom'],
    ['?race=roval-2025&zoom=1-2', { zoom: [1, 6] }, ['2025 EcoSave 250 cannot zoom to laps 1 to 2 (it ran laps 1 to 70; a zoom spans at least 6 laps); showing laps 1 to 6.']],
    ['?race=roval-2025&zoom=2-500', { zoom: [2, 70] }, ['2025 EcoSave 250 cannot zoom to laps 2 to 500 (it ran laps 1 to 70; a zoom spans at least 6 laps); showing laps 2 to 70.']],
  ])('%s', (search, view, problems, absent) => {
    const parsed = parse(search);
    expect(parsed.problems).toEqual(problems);
    expect(parsed.view).toMatchObject(view);
    // The fallback is the default, which a link view leaves out.
    if (absent) expect(absent in parsed.view).toBe(false);
  });

  it('names "the first race" when the first race did not load', () => {
    const failedFirst: Catalog = { ...catalog, raceIds: ['broken-race', 'phoenix-2023'] };
    expect(parse('?race=nope', failedFirst).problems).toEqual(['There is no race “nope”; showing the first race instead.']);
  });

  it('quotes a bad value up to 40 characters, then cuts it with an ellipsis', () => {
    const forty = 'x'.repeat(40);
    expect(parse(`?race=phoenix-2023&quote=${forty}`).problems).toEqual([`There is no quote “${forty}”; the article reader stays closed.`]);
    expect(parse(`?race=phoenix-2023&quote=${forty}y`).problems).toEqual([`There is no quote “${forty}…”; the article reader stays closed.`]);
  });

  it('reports empty values (and ignores them), and lists several problems in parameter order', () => {
    expect(parse('?race=phoenix-2023&event=&quote=&zoom=')).toEqual({
      view: { race: 'phoenix-2023', lap: 179, event: null, quote: null, hideAhead: false },
      problems: ['The link’s “event” has no value; it is ignored.', 'The link’s “quote” has no value; it is ignored.', 'The link’s “zoom” has no value; it is ignored.'],
    });
    expect(parse('?race=x&lanes=y&event=z&lap=w&quote=v&zoom=u').problems.map((p) => p.slice(0, 20))).toEqual([
      'There is no race “x”',
      'The lanes “y” are no',
      'There is no incident',
      'The lap “w” is not a',
      'There is no quote “v',
      'The zoom “u” is not ',
    ]);
  });
});

describe('parseView: what a link opens', () => {
  it('reads laps written loosely but unambiguously', () => {
    expect(parse('?race=phoenix-2023&lap=%2012%20').view.lap).toBe(12);
    expect(parse('?race=phoenix-2023&lap=%2B7').view.lap).toBe(7);
    expect(parse('?race=phoenix-2023&lap=0012').view.lap).toBe(12);
    expect(parse('?race=phoenix-2023&lap=179').problems).toEqual([]);
    expect(parse('?race=phoenix-2023&lap=1').problems).toEqual([]);
  });

  it('opens an incident on its lap, and a race on its last lap or, with spoilers hidden, on lap 1', () => {
    expect(parse('?race=phoenix-2023&event=hocevar-spins-heim&spoilers=hide').view.lap).toBe(120);
    expect(parse('?race=phoenix-2023&event=hocevar-spins-heim&lap=130').view.lap).toBe(130);
    expect(parse('?race=phoenix-2023&spoilers=hide').view).toMatchObject({ lap: 1, hideAhead: true });
    expect(parse('?race=phoenix-2023&spoilers=show').view).toMatchObject({ lap: 179, hideAhead: false });
  });

  it('takes lanes=kind as the default, left out of the view', () => {
    const { view, problems } = parse('?race=phoenix-2023&lanes=kind');
    expect(problems).toEqual([]);
    expect('lanes' in view).toBe(false);
    expect(parse('?race=phoenix-2023&lanes=driver').view.lanes).toBe('driver');
  });

  it('reads a zoom written with spaces or an en dash, and the exact whole race as none, silently', () => {
    expect(parse('?race=phoenix-2023&zoom=%20120%20–%20179%20')).toMatchObject({ view: { zoom: [120, 179] }, problems: [] });
    expect(parse('?race=phoenix-2023&zoom=1-179')).toEqual({ view: { race: 'phoenix-2023', lap: 179, event: null, quote: null, hideAhead: false }, problems: [] });
    // A window past either end is reported, even one that covers the whole race.
    expect(parse('?race=phoenix-2023&zoom=0-179').problems).toEqual([expect.stringMatching(/cannot zoom to laps 0 to 179 .*showing the whole race\.$/)]);
    expect(parse('?race=phoenix-2023&zoom=2-179').view.zoom).toEqual([2, 179]);
    expect(parse('?race=phoenix-2023&zoom=1-178').view.zoom).toEqual([1, 178]);
  });

  it('opens a race that failed to load at lap 1 with only its lanes and spoiler choice', () => {
    expect(parse('?race=broken-race&lap=50&event=x&quote=hocevar-i-messed-up&zoom=1-20&lanes=driver&spoilers=hide')).toEqual({
      view: { race: 'broken-race', lap: 1, event: null, quote: null, hideAhead: true, lanes: 'driver' },
      problems: [],
    });
  });

  it('opens the first race, whatever it is, when none is asked for; an empty catalog gives no race', () => {
    expect(parse('', { ...catalog, raceIds: ['roval-2025', 'phoenix-2023'] }).view).toMatchObject({ race: 'roval-2025', lap: 70 });
    expect(parse('', { raceIds: [], races: new Map(), quoteIds: new Set() }).view.race).toBe('');
  });
});

describe('serializeView and sameView', () => {
  const base: LinkView = { race: 'phoenix-2023', lap: 120, event: null, quote: null, hideAhead: false };

  it('writes every parameter in one order, leaving out the defaults', () => {
    expect(serializeView({ ...base, event: 'hocevar-spins-heim', quote: 'hocevar-i-messed-up', hideAhead: true, zoom: [120, 179], lanes: 'driver' })).toBe(
      '?race=phoenix-2023&lap=120&event=hocevar-spins-heim&quote=hocevar-i-messed-up&spoilers=hide&zoom=120-179&lanes=driver',
    );
    expect(serializeView(base)).toBe('?race=phoenix-2023&lap=120');
    expect(serializeView({ ...base, zoom: null, lanes: 'kind' })).toBe('?race=phoenix-2023&lap=120');
  });

  it.each<[string, Partial<LinkView>]>([
    ['race', { race: 'roval-2025' }],
    ['lap', { lap: 121 }],
    ['event', { event: 'hocevar-spins-heim' }],
    ['quote', { quote: 'hocevar-i-messed-up' }],
    ['hideAhead', { hideAhead: true }],
    ['zoom', { zoom: [120, 179] }],
    ['lanes', { lanes: 'driver' }],
  ])('tells views apart by %s', (_field, change) => {
    expect(sameView(base, { ...base, ...change })).toBe(false);
    expect(sameView({ ...base, ...change }, { ...base, ...change })).toBe(true);
  });
});

describe('parseView: zoom edge cases', () => {
  it('refuses a zoom with anything after the window', () => {
    expect(parse('?race=phoenix-2023&zoom=120-179x').problems).toEqual(['The zoom “120-179x” is not a lap window such as 120-179; showing the whole race.']);
  });

  it('says a race too short to zoom into is shown whole', () => {
    const short: Catalog = { ...catalog, raceIds: ['sprint'], races: new Map([['sprint', { name: 'Sprint', lapsRun: 5, eventLaps: new Map(), drivers: new Map() }]]) };
    expect(parse('?race=sprint&zoom=2-3', short)).toEqual({
      view: { race: 'sprint', lap: 5, event: null, quote: null, hideAhead: false },
      problems: ['Sprint cannot zoom to laps 2 to 3 (it ran laps 1 to 5; a zoom spans at least 6 laps); showing the whole race.'],
    });
  });
});

describe('the race a link that names none opens', () => {
  it('is the front page the data chooses, wherever it falls in date order', () => {
    expect(parse('', { ...catalog, frontPage: 'roval-2025' }).view.race).toBe('roval-2025');
    expect(defaultRaceOf({ raceIds: ['older-2022', 'phoenix-2023'], frontPage: 'phoenix-2023' })).toBe('phoenix-2023');
    expect(parse('?race=daytona-1979', { ...catalog, frontPage: 'roval-2025' }).problems).toEqual(['There is no race “daytona-1979”; showing 2025 EcoSave 250 instead.']);
  });

  it('is the first race when no front page is set, or when the one set is not a race', () => {
    expect(defaultRaceOf({ raceIds: ['older-2022', 'phoenix-2023'] })).toBe('older-2022');
    expect(defaultRaceOf({ raceIds: ['older-2022', 'phoenix-2023'], frontPage: 'gone-2020' })).toBe('older-2022');
    expect(defaultRaceOf({ raceIds: [] })).toBe('');
  });
});
