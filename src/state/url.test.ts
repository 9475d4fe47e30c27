import { historyEntryFor, parseView, sameView, serializeView } from './url';
import { normaliseZoom } from '../data/laps';
import type { LinkView } from './view';
import { catalog } from './url.fixture';


describe('parseView', () => {
  it('reads a full deep link', () => {
    const { view, problems } = parseView('?race=phoenix-2023&lap=121&event=hocevar-spins-heim&quote=hocevar-i-messed-up&spoilers=hide', catalog);
    expect(view).toEqual({ race: 'phoenix-2023', lap: 121, event: 'hocevar-spins-heim', quote: 'hocevar-i-messed-up', hideAhead: true });
    expect(problems).toEqual([]);
  });

  it('defaults to the first race at its last lap, silently', () => {
    expect(parseView('', catalog)).toEqual({ view: { race: 'phoenix-2023', lap: 179, event: null, quote: null, hideAhead: false }, problems: [] });
  });

  it('opens an incident link on the incident lap when no lap is given', () => {
    expect(parseView('?race=phoenix-2023&event=hocevar-spins-heim', catalog).view.lap).toBe(120);
  });

  it('starts at lap 1 in no-spoilers mode', () => {
    expect(parseView('?race=roval-2025&spoilers=hide', catalog).view.lap).toBe(1);
  });

  it('falls back on an unknown race and says so', () => {
    const { view, problems } = parseView('?race=daytona-1979&lap=50', catalog);
    expect(view.race).toBe('phoenix-2023');
    expect(view.lap).toBe(50);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/daytona-1979/);
  });

  it.each([
    ['abc', 179, /not a lap number/],
    ['12.5', 179, /not a lap number/],
    ['0', 1, /shown as lap 1/],
    ['-4', 1, /shown as lap 1/],
    ['9999', 179, /shown as lap 179/],
  ])('handles lap=%s', (lap, expected, message) => {
    const { view, problems } = parseView(`?race=phoenix-2023&lap=${lap}`, catalog);
    expect(view.lap).toBe(expected);
    expect(problems[0]).toMatch(message);
  });

  it('drops an unknown event or quote with a notice', () => {
    const { view, problems } = parseView('?race=roval-2025&event=hocevar-spins-heim&quote=made-up', catalog);
    expect(view.event).toBeNull();
    expect(view.quote).toBeNull();
    expect(problems).toHaveLength(2);
  });

  it('keeps a race whose data failed to load, so its error card shows', () => {
    const { view } = parseView('?race=broken-race&lap=5&event=x', catalog);
    expect(view).toMatchObject({ race: 'broken-race', event: null });
  });

  it('shortens absurdly long values in the notice', () => {
    const { problems } = parseView(`?race=${'x'.repeat(5000)}`, catalog);
    expect(problems[0]!.length).toBeLessThan(200);
  });

  it('never throws on junk', () => {
    const junk = ['%', '?&&&=', '?race=%E0%A4%A', '?lap=1e400', '?lap=Infinity', '?event=<script>alert(1)</script>', '\u0000\uffff', '?race[]=a&race=b'];
    for (const search of junk) {
      expect(() => parseView(search, catalog)).not.toThrow();
      const { view } = parseView(search, catalog);
      expect(catalog.raceIds).toContain(view.race);
      expect(Number.isInteger(view.lap)).toBe(true);
    }
  });
});

describe('serializeView', () => {
  const views: LinkView[] = [
    { race: 'phoenix-2023', lap: 120, event: 'hocevar-spins-heim', quote: null, hideAhead: false },
    { race: 'roval-2025', lap: 1, event: null, quote: null, hideAhead: true },
    { race: 'phoenix-2023', lap: 179, event: 'eckes-wins', quote: 'hocevar-i-messed-up', hideAhead: false },
  ];
  it.each(views)('round-trips %o', (view) => {
    expect(parseView(serializeView(view), catalog)).toEqual({ view, problems: [] });
  });
  it('writes the documented parameter names', () => {
    expect(serializeView(views[0]!)).toBe('?race=phoenix-2023&lap=120&event=hocevar-spins-heim');
  });
  it('is stable: serialize(parse(x)) is a fixed point', () => {
    for (const search of ['?lap=abc', '?race=roval-2025&lap=500&event=nope', '']) {
      const once = serializeView(parseView(search, catalog).view);
      expect(serializeView(parseView(once, catalog).view)).toBe(once);
    }
  });
});

describe('zoom and lanes', () => {
  it('reads a zoom window and driver lanes, and writes them back', () => {
    const search = '?race=phoenix-2023&lap=150&zoom=120-179&lanes=driver';
    const { view, problems } = parseView(search, catalog);
    expect(view).toMatchObject({ zoom: [120, 179], lanes: 'driver' });
    expect(problems).toEqual([]);
    expect(serializeView(view)).toBe(search);
  });

  it.each<[string, LinkView['zoom'], RegExp | null]>([
    ['179-120', [120, 179], null],
    ['1-179', undefined, null],
    ['0-500', undefined, /cannot zoom to laps 0 to 500 .*showing the whole race/],
    ['120-120', [118, 123], /at least 6 laps.*laps 118 to 123/],
    ['170-400', [170, 179], /cannot zoom to laps 170 to 400.*laps 170 to 179/],
    ['abc', undefined, /not a lap window/],
    ['12-', undefined, /not a lap window/],
    ['1e3-2e3', undefined, /not a lap window/],
    ['-5-10', undefined, /not a lap window/],
  ])('handles zoom=%s', (zoom, expected, message) => {
    const { view, problems } = parseView(`?race=phoenix-2023&zoom=${zoom}`, catalog);
    expect(view.zoom).toEqual(expected);
    if (message) expect(problems).toEqual([expect.stringMatching(message)]);
    else expect(problems).toEqual([]);
  });

  it('falls back to lanes by kind on an unknown grouping, with a notice', () => {
    const { view, problems } = parseView('?race=roval-2025&lanes=%3Cb%3Eteam', catalog);
    expect(view.lanes).toBeUndefined();
    expect(problems[0]).toMatch(/“<b>team”.*by kind/);
  });

  it.each<LinkView>([
    { race: 'phoenix-2023', lap: 160, event: null, quote: null, hideAhead: true, zoom: [120, 179], lanes: 'driver' },
    { race: 'roval-2025', lap: 30, event: 'calamity-corner-crash', quote: null, hideAhead: false, zoom: [1, 20] },
    { race: 'roval-2025', lap: 70, event: null, quote: null, hideAhead: false, lanes: 'driver' },
  ])('round-trips %o', (view) => {
    expect(parseView(serializeView(view), catalog)).toEqual({ view, problems: [] });
  });

  it('treats an absent zoom, a null zoom and lanes by kind as the same link', () => {
    const base: LinkView = { race: 'phoenix-2023', lap: 1, event: null, quote: null, hideAhead: false };
    expect(sameView(base, { ...base, zoom: null, lanes: 'kind' })).toBe(true);
    expect(sameView(base, { ...base, zoom: [1, 20] })).toBe(false);
    expect(sameView({ ...base, zoom: [1, 20] }, { ...base, zoom: [1, 20] })).toBe(true);
    expect(serializeView({ ...base, zoom: null, lanes: 'kind' })).toBe(serializeView(base));
  });
});

describe('follow=', () => {
  it('reads a driver of the race, and writes it back: a round trip', () => {
    const { view, problems } = parseView('?race=phoenix-2023&lap=120&follow=corey-heim', catalog);
    expect(problems).toEqual([]);
    expect(view).toEqual({ race: 'phoenix-2023', lap: 120, event: null, quote: null, hideAhead: false, follow: 'corey-heim' });
    expect(serializeView(view)).toBe('?race=phoenix-2023&lap=120&follow=corey-heim');
    expect(parseView(serializeView(view), catalog).view).toEqual(view);
  });

  it('goes with an incident, a quote and the timeline parameters', () => {
    const search = '?race=phoenix-2023&lap=121&event=hocevar-spins-heim&quote=hocevar-i-messed-up&spoilers=hide&zoom=100-150&lanes=driver&follow=carson-hocevar';
    const { view, problems } = parseView(search, catalog);
    expect(problems).toEqual([]);
    expect(view).toMatchObject({ event: 'hocevar-spins-heim', follow: 'carson-hocevar', zoom: [100, 150], lanes: 'driver' });
    expect(serializeView(view)).toBe(search);
  });

  it('leaves follow out of a view that follows no one, and out of its link', () => {
    expect('follow' in parseView('?race=phoenix-2023', catalog).view).toBe(false);
    expect(serializeView({ race: 'phoenix-2023', lap: 5, event: null, quote: null, hideAhead: false, follow: null })).toBe('?race=phoenix-2023&lap=5');
  });

  it('names a driver who is in another race but not this one, and follows no one', () => {
    const { view, problems } = parseView('?race=roval-2025&follow=carson-hocevar', catalog);
    expect(view.follow ?? null).toBeNull();
    expect(problems).toEqual(['Carson Hocevar did not race in the 2025 EcoSave 250; no driver is followed.']);
  });

  it('reports an unknown driver id, however it is written', () => {
    for (const id of ['nobody', 'Corey-Heim', 'corey heim', '<b>x</b>']) {
      const { view, problems } = parseView(`?race=phoenix-2023&follow=${encodeURIComponent(id)}`, catalog);
      expect(view.follow ?? null).toBeNull();
      expect(problems).toEqual([`There is no driver “${id}”; no driver is followed.`]);
    }
  });

  it('tells views apart by the driver followed', () => {
    const base: LinkView = { race: 'phoenix-2023', lap: 1, event: null, quote: null, hideAhead: false };
    expect(sameView(base, { ...base, follow: null })).toBe(true);
    expect(sameView(base, { ...base, follow: 'corey-heim' })).toBe(false);
    expect(sameView({ ...base, follow: 'corey-heim' }, { ...base, follow: 'carson-hocevar' })).toBe(false);
  });
});

describe('normaliseZoom', () => {
  it('clamps, orders and widens windows, and turns the whole race into null', () => {
    expect(normaliseZoom([120, 179], 179)).toEqual([120, 179]);
    expect(normaliseZoom([179, 120], 179)).toEqual([120, 179]);
    expect(normaliseZoom([-10, 30.4], 179)).toEqual([1, 30]);
    expect(normaliseZoom([178, 179], 179)).toEqual([174, 179]);
    expect(normaliseZoom([1, 2], 179)).toEqual([1, 6]);
    expect(normaliseZoom([1, 179], 179)).toBeNull();
    expect(normaliseZoom([Number.NaN, 5], 179)).toBeNull();
    expect(normaliseZoom([1, 3], 5)).toBeNull();
  });
});

describe('historyEntryFor', () => {
  const base = { race: 'phoenix-2023', lap: 120, event: null, quote: null, hideAhead: false, follow: null, zoom: null, lanes: 'kind' } as const;

  it('pushes an entry when the race, the incident or the quote changes', () => {
    expect(historyEntryFor(base, { ...base, event: 'hocevar-spins-heim' })).toBe('push');
    expect(historyEntryFor({ ...base, event: 'hocevar-spins-heim' }, base)).toBe('push');
    expect(historyEntryFor(base, { ...base, race: 'roval-2025', lap: 70 })).toBe('push');
    expect(historyEntryFor(base, { ...base, quote: 'hocevar-i-messed-up' })).toBe('push');
  });

  it('pushes an entry when a driver is followed, another is, or following stops (Back undoes it)', () => {
    expect(historyEntryFor(base, { ...base, follow: 'corey-heim' })).toBe('push');
    expect(historyEntryFor({ ...base, follow: 'corey-heim' }, { ...base, follow: 'carson-hocevar' })).toBe('push');
    expect(historyEntryFor({ ...base, follow: 'corey-heim' }, base)).toBe('push');
    // Scrubbing while following still only replaces.
    expect(historyEntryFor({ ...base, follow: 'corey-heim' }, { ...base, follow: 'corey-heim', lap: 121 })).toBe('replace');
  });

  it('replaces it for scrubbing, zoom, lanes and no-spoilers', () => {
    expect(historyEntryFor(base, { ...base, lap: 121 })).toBe('replace');
    expect(historyEntryFor(base, { ...base, zoom: [120, 179] })).toBe('replace');
    expect(historyEntryFor(base, { ...base, lanes: 'driver' })).toBe('replace');
    expect(historyEntryFor(base, { ...base, hideAhead: true })).toBe('replace');
  });
});
