import { dataset } from '../data/load/bundledDataset';
import { catalogOf } from './store';
import { parseView } from './url';

const catalog = catalogOf(dataset);
const problemsOf = (search: string) => parseView(search, catalog).problems;

describe('parseView reports every part of a link it ignores', () => {
  it('fails safe on a spoilers value other than hide: it hides what lies ahead, and says how it read it', () => {
    for (const value of ['yes', 'HIDE', 'true', '1', ' hide']) {
      const { view, problems } = parseView(`?race=phoenix-2023&spoilers=${encodeURIComponent(value)}`, catalog);
      expect(view.hideAhead).toBe(true);
      expect(problems).toEqual([`The spoilers “${value}” is read as “hide”: what happens after the cursor is hidden.`]);
    }
    expect(parseView('?race=phoenix-2023&spoilers=hide', catalog)).toMatchObject({ view: { hideAhead: true }, problems: [] });
    // Only "show" shows the whole race; as written, without a word.
    expect(parseView('?race=phoenix-2023&spoilers=show', catalog)).toMatchObject({ view: { hideAhead: false }, problems: [] });
    expect(parseView('?race=phoenix-2023&spoilers=SHOW', catalog)).toMatchObject({
      view: { hideAhead: false },
      problems: ['The spoilers “SHOW” is read as “show”: the whole race is shown.'],
    });
  });

  it('uses the first of a repeated parameter and says so', () => {
    const { view, problems } = parseView('?race=roval-2025&race=phoenix-2023&lap=5&lap=9', catalog);
    expect(view.race).toBe('roval-2025');
    expect(view.lap).toBe(5);
    expect(problems).toEqual([
      'The link gives “race” 2 times; only the first (“roval-2025”) is used.',
      'The link gives “lap” 2 times; only the first (“5”) is used.',
    ]);
  });

  it.each(['race', 'lap', 'event', 'quote', 'spoilers', 'zoom', 'lanes', 'follow'])('reports an empty %s and falls back', (name) => {
    const { view, problems } = parseView(name === 'race' ? '?race=' : `?race=phoenix-2023&${name}=`, catalog);
    expect(problems).toEqual([`The link’s “${name}” has no value; it is ignored.`]);
    expect(view.race).toBe('phoenix-2023');
  });

  it('reports a zoom window past either end of the race, even one that covers it all', () => {
    expect(problemsOf('?race=phoenix-2023&zoom=0-179')).toEqual([expect.stringMatching(/^2023 Craftsman 150 cannot zoom to laps 0 to 179 .*showing the whole race\.$/)]);
    expect(problemsOf('?race=phoenix-2023&zoom=150-200')).toEqual([expect.stringMatching(/cannot zoom to laps 150 to 200 .*showing laps 150 to 179\.$/)]);
    expect(problemsOf('?race=phoenix-2023&zoom=1-179')).toEqual([]);
  });

  it('uses the first of two drivers to follow and says so', () => {
    const { view, problems } = parseView('?race=phoenix-2023&follow=corey-heim&follow=carson-hocevar', catalog);
    expect(view.follow).toBe('corey-heim');
    expect(problems).toEqual(['The link gives “follow” 2 times; only the first (“corey-heim”) is used.']);
  });

  it('stays silent about parameters it does not know (tracking tags) and about a clean link', () => {
    expect(problemsOf('?race=phoenix-2023&lap=120&utm_source=x&fbclid=y')).toEqual([]);
  });
});

describe('parseView names what it clamps or cannot use in a comparison link', () => {
  const pair = '?compare=phoenix-2023,roval-2025';
  it('takes a percentage with any number of decimals', () => {
    const { view, problems } = parseView(`${pair}&at=33.333333333`, catalog);
    expect(problems).toEqual([]);
    expect(view.compare?.at).toBeCloseTo(parseView(`${pair}&at=33.33`, catalog).view.compare!.at, 2);
  });

  it.each(['1000', '120'])('names a position past both finishes (at=%s) and puts the cursor at the finish', (at) => {
    const { view, problems } = parseView(`${pair}&at=${at}`, catalog);
    expect(problems).toEqual([`The position “${at}” is past the finish of both races (at=119.33); the cursor is at the finish.`]);
    expect(view.compare?.at).toBe(parseView(pair, catalog).view.compare!.at);
  });

  it('names laps to go before either race has run a lap (align=togo&at=500)', () => {
    const { view, problems } = parseView(`${pair}&align=togo&at=500`, catalog);
    expect(problems).toEqual(['The position “500” is before the end of the first lap of either race (at=178); the cursor is there.']);
    expect(view.compare?.at).toBe(-178);
  });

  it('lines the races up by distance without spoilers, at the lap the link asks for, and says why (laps to go tell the lengths)', () => {
    const { view, problems } = parseView(`${pair}&align=togo&at=100&spoilers=hide`, catalog);
    expect(problems).toEqual(['Without spoilers the races are lined up by share of the distance: laps to go would tell how long each race ran.']);
    expect(view.compare?.align).toBe('distance');
    // 100 laps to go in Phoenix (179 run) is the end of its lap 79.
    expect(view).toMatchObject({ race: 'phoenix-2023', lap: 79 });
    expect(view.compare?.at).toBeCloseTo(79 / 150, 6);
    expect(problemsOf(`${pair}&align=togo&at=100`)).toEqual([]);
  });

  it('is silent about the positions the app writes, the rounded ends included', () => {
    for (const at of ['119.33', '0.67', '50']) expect(problemsOf(`${pair}&at=${at}`)).toEqual([]);
    expect(problemsOf(`${pair}&align=togo&at=178`)).toEqual([]);
    expect(problemsOf(`${pair}&align=togo&at=0`)).toEqual([]);
  });

  it('shows a pair named in the other order in the site’s order, says so, and keeps the first race named as the one a lap is of', () => {
    const { view, problems } = parseView('?compare=roval-2025,phoenix-2023&lap=30', catalog);
    expect(problems).toEqual(['A comparison shows its races in the site’s order: the 2023 Craftsman 150 above, the 2025 EcoSave 250 below.']);
    expect(view.compare?.races).toEqual(['phoenix-2023', 'roval-2025']);
    expect(view).toMatchObject({ race: 'roval-2025', lap: 30 });
  });

  it('names at= and align= in a link that shows one race', () => {
    expect(problemsOf('?race=phoenix-2023&at=50')).toEqual(['The link’s “at” applies to two races compared; with one race shown, it is ignored.']);
    expect(problemsOf('?race=phoenix-2023&align=togo&at=50')).toEqual(['The link’s “at” and “align” apply to two races compared; with one race shown, they are ignored.']);
  });
});

describe('parseView opens a quote only over a race it speaks of', () => {
  it('keeps the reader closed, and says why, for a quote about another race', () => {
    const { view, problems } = parseView('?quote=hocevar-i-messed-up&race=roval-2025', catalog);
    expect(view.quote).toBeNull();
    expect(problems).toEqual(['The quote “hocevar-i-messed-up” is not about the 2025 EcoSave 250; the article reader stays closed.']);
  });

  it('opens it over its own race, and in a comparison that includes it', () => {
    expect(parseView('?quote=hocevar-i-messed-up&race=phoenix-2023', catalog)).toMatchObject({ view: { quote: 'hocevar-i-messed-up' }, problems: [] });
    expect(parseView('?quote=hocevar-i-messed-up&compare=phoenix-2023,roval-2025&race=roval-2025', catalog)).toMatchObject({ view: { quote: 'hocevar-i-messed-up' }, problems: [] });
  });
});
