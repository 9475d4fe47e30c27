import { dataset } from '../data/bundledDataset';
import { catalogOf } from './store';
import { parseView } from './url';

const catalog = catalogOf(dataset);
const problemsOf = (search: string) => parseView(search, catalog).problems;

describe('parseView reports every part of a link it ignores', () => {
  it('reports a spoilers value other than hide, and shows the whole race', () => {
    const { view, problems } = parseView('?race=phoenix-2023&spoilers=yes', catalog);
    expect(view.hideAhead).toBe(false);
    expect(problems).toEqual(['The spoilers “yes” is not “hide”; showing the whole race.']);
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
