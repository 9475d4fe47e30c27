/**
 * The edges of validateRace that the rule-by-rule tests leave open: what is said (and not said again)
 * when the schema has refused part of a file, a rule that throws on a race of the wrong shape, and the
 * laps-led limits on both sides of each boundary.
 */
import { formatDataError } from './errors';
import { fullRace as richRace, RACE_CONTEXT as context, RACE_FILE as FILE } from '../fixtures/races';
import type mini from '../fixtures/mini-race.json';
import type { Race } from '../schema';
import { checkRace, validateRace } from './validateRace';

const record = () => ({ record: 'Fixture record', url: 'https://example.org/fixture' });
const at = (path: string, message: string) => `${FILE}: ${path}: ${message}`;
type Json = Record<string, unknown> & typeof mini;
/** The fixture race with every optional part filled in, all valid (fixtures/races.ts). */
const fullRace = (): Json => richRace() as Json;

const changed = (change: (race: Json) => void) => {
  const race = fullRace();
  change(race);
  return race;
};
const problems = (json: unknown) => validateRace(FILE, json, context).errors.map(formatDataError);
const paths = (json: unknown) => validateRace(FILE, json, context).errors.map((e) => e.path);
const driversRow = (race: Json) => race.drivers as { id: string; name: string; car: string }[];
const resultsRows = (race: Json) => race.results as { driver: string; laps: number; lapsLed?: number }[];
const lapsLedRows = (race: Json) => race.lapsLed as { driver: string; laps: number }[];

describe('validateRace: a file the schema refused', () => {
  it('the full fixture passes (so every case below differs by its one change)', () => {
    expect(problems(fullRace())).toEqual([]);
  });

  it('reports a file that is not an object once, at the root, and no rule error after it', () => {
    const errors = validateRace(FILE, 'garbage', context).errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('');
    expect(errors[0]!.where).toBe('');
  });

  it('says nothing more about a refused id than the schema said', () => {
    const errors = validateRace(FILE, changed((r) => (r.id = 'Not A Slug')), context).errors;
    expect(errors.map((e) => e.path)).toEqual(['id']);
    expect(errors[0]!.message).not.toMatch(/folder/);
  });

  it('still checks references to drivers when only an unknown field of a driver was refused', () => {
    const race = changed((r) => {
      (driversRow(r)[0] as Record<string, unknown>).idx = 'x';
      r.events[0]!.drivers = ['nobody'];
    });
    expect(paths(race)).toEqual(['drivers.0.idx', 'events.0.drivers.0']);
  });

  it('does not check references to drivers once a driver id (even the eleventh) was refused', () => {
    const race = changed((r) => {
      const extra = Array.from({ length: 8 }, (_, k) => ({ id: `extra-${k}`, name: `Extra Driver ${k}`, car: `${50 + k}` }));
      r.drivers = [...driversRow(r), ...extra, { id: 'Bad Id', name: 'Bad Driver', car: '99' }];
      r.events[0]!.drivers = ['nobody'];
    });
    expect(paths(race)).toEqual(['drivers.10.id']);
  });

  it('does not check references to drivers, rulings or disagreements whose list had an id refused', () => {
    expect(paths(changed((r) => (driversRow(r)[0]!.id = 'Ann Able')))).toEqual(['drivers.0.id']);
    expect(paths(changed((r) => (r.afterRace[0]!.id = 'Baker Penalty')))).toEqual(['afterRace.0.id']);
    const disagreement = changed((r) => {
      (r.disagreements as { id: string }[])[0]!.id = 'Tangle Lap';
      (r.titleFight[1] as { disagreements?: string[] }).disagreements = ['tangle-lap'];
    });
    expect(paths(disagreement)).toEqual(['disagreements.0.id']);
  });

  it('checks the lap order of the events after one whose lap was refused', () => {
    const race = changed((r) => {
      r.events[0]!.lap = 13;
      (r.events[1] as { lap: unknown }).lap = 'twelve';
    });
    expect(problems(race)).toContain(at('events.2.lap', 'lap 12 comes after lap 13: events must be in lap order'));
  });
});

describe('checkRace on a race of the wrong shape', () => {
  it('throws when the race was meant to be whole (not lenient)', () => {
    expect(() => checkRace(FILE, {} as Race, context)).toThrow(TypeError);
    expect(() => checkRace(FILE, {} as Race, context, false)).toThrow(TypeError);
  });

  it('goes on past a rule that throws when lenient', () => {
    expect(checkRace(FILE, { id: 'other' } as Race, context, true)).toContainEqual({ file: FILE, path: 'id', message: 'is "other" but the folder is "mini-2024"' });
  });
});

describe('validateRace: laps led', () => {
  it('allows a driver to have led every lap run, and no more', () => {
    const all = changed((r) => {
      r.lapsLed = [{ driver: 'bob-baker', laps: 34, sources: [record()] }];
      delete (r as Record<string, unknown>).leaderSpans;
    });
    expect(problems(all)).toEqual([]);
  });

  it('allows a result to have led every lap run, and says how many laps were run when it is more', () => {
    const every = changed((r) => {
      r.lapsLed = [{ driver: 'bob-baker', laps: 34, sources: [record()] }];
      resultsRows(r)[0]!.lapsLed = 34;
    });
    expect(problems(every)).toEqual([]);
    const more = changed((r) => {
      resultsRows(r)[0]!.laps = 34;
      resultsRows(r)[0]!.lapsLed = 35;
      r.lapsLed = [{ driver: 'bob-baker', laps: 34, sources: [record()] }];
    });
    expect(problems(more)).toContain(at('results.0.lapsLed', '35 laps led is more than the 34 laps run'));
    expect(problems(more)).not.toContain(at('results.0.lapsLed', '35 laps led is more than the 34 laps this driver completed'));
  });

  it('allows a result to have led every lap it completed', () => {
    const race = changed((r) => {
      resultsRows(r)[1]!.lapsLed = 33;
      lapsLedRows(r)[0]!.laps = 33;
    });
    expect(problems(race)).toEqual([]);
  });

  it('takes the laps led in the results alone when there is no laps-led table', () => {
    const race = changed((r) => {
      delete (r as Record<string, unknown>).lapsLed;
      resultsRows(r)[1]!.lapsLed = 20;
    });
    expect(problems(race)).toEqual([]);
  });
});
