import { parseView, serializeView } from './url';
import type { Catalog, View } from './view';

const catalog: Catalog = {
  raceIds: ['phoenix-2023', 'roval-2025', 'broken-race'],
  races: new Map([
    ['phoenix-2023', { name: '2023 Craftsman 150', lapsRun: 179, eventLaps: new Map([['hocevar-spins-heim', 120], ['eckes-wins', 179]]) }],
    ['roval-2025', { name: '2025 EcoSave 250', lapsRun: 70, eventLaps: new Map([['calamity-corner-crash', 1]]) }],
  ]),
  quoteIds: new Set(['hocevar-i-messed-up']),
};

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
  const views: View[] = [
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
