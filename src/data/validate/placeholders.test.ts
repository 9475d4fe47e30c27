/**
 * Placeholders in a race file (data/validate/placeholders.ts): each is listed as something to fill
 * in, in the file's order, and in place of what else would be said about that value.
 */
import mini from '../fixtures/mini-race.json';
import { findPlaceholders, isPlaceholder, placeholderMessage } from './placeholders';
import { validateRace } from './validateRace';

const context = { articleIds: new Set<string>(), expectedId: 'mini-2024' };
const race = () => structuredClone(mini) as unknown as Record<string, unknown>;
/** Sets the value at a machine path (`events.1.lap`) of a parsed file. */
function set(json: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  const last = keys.pop()!;
  keys.reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, json)[last] = value;
}
const messages = (json: unknown) => validateRace('race.json', json, context).errors.map((e) => `${e.path}: ${e.message}`);

describe('a placeholder', () => {
  it('is text that begins with TODO, and says what is needed after it', () => {
    expect(isPlaceholder('TODO: the winner')).toBe(true);
    expect(isPlaceholder('  TODO the winner')).toBe(true);
    expect(isPlaceholder('Todo list')).toBe(false);
    expect(isPlaceholder('Heim was TODO')).toBe(false);
    expect(isPlaceholder(12)).toBe(false);
    expect(findPlaceholders({ a: 'TODO: the winner', b: ['x', { c: 'TODO – a lap' }], d: 'TODO' })).toEqual([
      { path: 'a', needed: 'the winner' },
      { path: 'b.1.c', needed: 'a lap' },
      { path: 'd', needed: '' },
    ]);
    // Spaces around it and the separator after TODO are not part of what is needed; a dash inside it is.
    expect(findPlaceholders(['  TODO: the winner  ', 'TODO(the lap) - see the notes'])).toEqual([
      { path: '0', needed: 'the winner' },
      { path: '1', needed: '(the lap) - see the notes' },
    ]);
    expect(placeholderMessage({ path: 'a', needed: 'the winner' })).toBe('to fill in: the winner');
    expect(placeholderMessage({ path: 'd', needed: '' })).toBe('to fill in');
  });
});

describe('a race file with placeholders', () => {
  it('is refused, with each placeholder listed in the file’s order', () => {
    const json = race();
    set(json, 'series', 'TODO: the series');
    set(json, 'events.1.title', 'TODO: a title');
    set(json, 'events.1.sources.0.url', 'TODO: the page');
    expect(messages(json)).toEqual(['series: to fill in: the series', 'events.1.title: to fill in: a title', 'events.1.sources.0.url: to fill in: the page']);
    expect(validateRace('race.json', json, context).race).toBeUndefined();
  });

  it('says only "to fill in" where the schema or a check would say more (a number, an id, a reference)', () => {
    const json = race();
    set(json, 'events.1.lap', 'TODO: the lap');
    set(json, 'winner', 'TODO: the winner');
    set(json, 'drivers.0.id', 'TODO: an id');
    expect(messages(json)).toEqual(['winner: to fill in: the winner', 'drivers.0.id: to fill in: an id', 'events.1.lap: to fill in: the lap']);
  });

  it('is accepted once every placeholder is filled in', () => {
    const json = race();
    set(json, 'events.0.description', 'TODO: what happened');
    expect(messages(json)).toEqual(['events.0.description: to fill in: what happened']);
    set(json, 'events.0.description', 'Able takes the lead at the start.');
    expect(messages(json)).toEqual([]);
  });
});
