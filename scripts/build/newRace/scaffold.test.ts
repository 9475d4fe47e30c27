/**
 * A new race's file (`npm run new-race`, scripts/build/newRace/scaffold.mjs): what the command
 * accepts and refuses, the drivers it picks, and a file whose only problems are its placeholders,
 * which once filled in is a race the app accepts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/load/bundledDataset';
import { findPlaceholders } from '../../../src/data/validate/placeholders';
import { validateRace } from '../../../src/data/validate/validateRace';
import { idProblems, parseArguments, pickDrivers, raceFileText, scaffoldRace } from './scaffold.mjs';

const args = ['lime-rock-2026', '--name', '2026 Lime Rock 100', '--date', '2026-06-27', '--track', 'Lime Rock Park', '--laps', '100', '--stages', '30,60,100'];
const known = [...dataset.races.values()].flatMap((r) => r.drivers.map((d) => ({ id: d.id, name: d.name })));
const context = { articleIds: new Set(dataset.articles.keys()), expectedId: 'lime-rock-2026' };

describe('the command’s arguments', () => {
  it('give the race: its id, name, date, track, laps and where the stages end', () => {
    expect(parseArguments([...args, '--series', 'Test Series', '--location=Lakeville, Connecticut', '--drivers', 'corey-heim, jane-doe=Jane Doe'])).toEqual({
      id: 'lime-rock-2026',
      race: { id: 'lime-rock-2026', name: '2026 Lime Rock 100', date: '2026-06-27', track: 'Lime Rock Park', laps: 100, stages: [30, 60, 100], series: 'Test Series', location: 'Lakeville, Connecticut', drivers: ['corey-heim', 'jane-doe=Jane Doe'] },
      problems: [],
    });
  });

  it('are refused, each problem said, when one is missing, mistyped or unknown', () => {
    const problems = (argv: string[]) => parseArguments(argv).problems;
    expect(problems(args.slice(1))).toEqual(['give the race\'s id first, e.g. "martinsville-2024"']);
    expect(parseArguments(args.slice(1)).id).toBeUndefined();
    const partial = parseArguments([args[0]!, '--laps', 'x']);
    expect(partial.id).toBe('lime-rock-2026');
    expect(partial.race).toBeUndefined();
    expect(partial.problems.length).toBeGreaterThan(0);
    expect(problems([...args, 'extra'])).toEqual(['give one race id, not 2 (lime-rock-2026, extra)']);
    expect(problems(args.filter((a, i) => a !== '--laps' && args[i - 1] !== '--laps'))).toEqual(['--laps is required']);
    expect(problems([...args.slice(0, 7), '--laps', 'ten', '--stages', '30,60,100'])).toEqual(['--laps must be a whole number of laps above 0, not "ten"']);
    expect(problems([...args.slice(0, 7), '--laps', '100', '--stages', '60,30'])).toEqual(['--stages must go up, lap by lap: 60,30']);
    expect(problems([...args.slice(0, 7), '--laps', '100', '--stages', '30,120'])).toEqual(['the last stage (lap 120) ends after the race\'s 100 laps']);
    expect(problems([...args.slice(0, 7), '--laps', '100', '--stages', 'x'])).toEqual(['--stages must be the laps the stages end on, e.g. 45,90,150, not "x"']);
    expect(problems([args[0]!, '--name', 'N', '--date', '27/06/2026', '--track', 'T', '--laps', '100', '--stages', '100'])).toEqual(['--date must be a date as YYYY-MM-DD, not "27/06/2026"']);
    expect(problems([...args, '--colour', 'red'])).toEqual(['--colour is not an option (the options: --name, --date, --track, --laps, --stages, --series, --location, --drivers)']);
    expect(problems([...args, '--series'])).toEqual(['--series needs a value']);
    expect(problems([...args, '--series', ' '])).toEqual(['--series must not be empty']);
  });
});

describe('the race’s id', () => {
  it('must be a slug no race has and no address uses', () => {
    const taken = new Set(['phoenix-2023']);
    expect(idProblems('lime-rock-2026', taken)).toEqual([]);
    expect(idProblems('phoenix-2023', taken)).toEqual(['there is a race "phoenix-2023" already (src/data/races/phoenix-2023/): choose another id']);
    for (const reserved of ['follow', 'compare', 'no-spoilers']) expect(idProblems(reserved, taken)[0]).toMatch(/is a word the addresses use/);
    expect(idProblems('Lime Rock', taken)).toEqual(['the race id "Lime Rock" must be lower-case words joined by hyphens, e.g. "martinsville-2024"']);
  });
});

describe('the drivers', () => {
  it('are picked by id from the races there are, or given new as id=Name', () => {
    expect(pickDrivers(['corey-heim', 'jane-doe=Jane Doe'], known)).toEqual({ drivers: [{ id: 'corey-heim', name: 'Corey Heim' }, { id: 'jane-doe', name: 'Jane Doe' }], problems: [] });
  });

  it('refuse an unknown id, a known id under another name, a known name under another id, and a driver given twice', () => {
    expect(pickDrivers(['nobody-known'], known).problems).toEqual(['no race has a driver "nobody-known": give a new driver as nobody-known=Their Name']);
    expect(pickDrivers(['corey-heim=Cory Heim'], known).problems).toEqual(['"corey-heim" is Corey Heim in the other races, not Cory Heim: give the id alone']);
    expect(pickDrivers(['c-heim=Corey Heim'], known).problems).toEqual(['Corey Heim is "corey-heim" in the other races: use that id']);
    expect(pickDrivers(['corey-heim', 'corey-heim'], known).problems).toEqual(['the driver "corey-heim" is given twice']);
    expect(pickDrivers(['Corey'], known).problems).toEqual(['the driver id "Corey" must be lower-case words joined by hyphens, e.g. "corey-heim"']);
    expect(pickDrivers(['jane-doe='], known).problems).toEqual(['give the name of "jane-doe" after the = sign']);
  });
});

describe('the new race’s file', () => {
  const race = parseArguments([...args, '--drivers', 'corey-heim']).race!;
  const file = scaffoldRace(race, pickDrivers(race.drivers, known).drivers);

  it('has every required field, the facts given, and a placeholder for each fact still to find: nothing else is wrong with it', () => {
    const { errors } = validateRace('race.json', JSON.parse(raceFileText(file)), context);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error.message, error.path).toMatch(/^to fill in: \S/);
    expect(errors.map((e) => e.path)).toEqual([
      'series',
      'track.location',
      ...[0, 1, 2].flatMap((i) => [`stages.${i}.sources.0.record`, `stages.${i}.sources.0.url`]),
      'winner',
      'events.0.title',
      'events.0.description',
      'events.0.sources.0.record',
      'events.0.sources.0.url',
      'sources.0.record',
      'sources.0.url',
    ]);
    expect(file).toMatchObject({ id: 'lime-rock-2026', name: '2026 Lime Rock 100', date: '2026-06-27', track: { name: 'Lime Rock Park' }, scheduledLaps: 100, drivers: [{ id: 'corey-heim', name: 'Corey Heim' }] });
    expect(file.stages.map((s) => s.endLap)).toEqual([30, 60, 100]);
  });

  it('is a race the app accepts once the placeholders are filled in', () => {
    // What a journalist types in place of each placeholder, by what it asks for.
    const answers: [RegExp, string][] = [
      [/^the series/, 'NASCAR Craftsman Truck Series'],
      [/^where the track is/, 'Lakeville, Connecticut'],
      [/^the winner's driver id/, 'corey-heim'],
      [/^the finish in a few words/, 'Heim wins'],
      [/^how the race ended/, 'Heim takes the flag.'],
      [/^the source, named/, 'Lime Rock Park: official results'],
      [/^the address of the page/, 'https://example.org/lime-rock-2026/results'],
    ];
    const filled = JSON.parse(raceFileText(file));
    for (const { path, needed } of findPlaceholders(filled)) {
      const keys = path.split('.');
      const last = keys.pop()!;
      const parent = keys.reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, filled);
      const answer = answers.find(([asks]) => asks.test(needed));
      expect(answer, needed).toBeDefined();
      parent[last] = answer![1];
    }
    expect(validateRace('race.json', filled, context).errors).toEqual([]);
  });

  it('has no drivers yet, as a placeholder, when none were picked', () => {
    const bare = scaffoldRace(race, []);
    const paths = validateRace('race.json', bare, context).errors.map((e) => e.path);
    expect(paths).toContain('drivers.0.id');
    expect(paths).toContain('drivers.0.name');
  });
});

describe('the command', () => {
  /** Runs `npm run new-race` with these arguments; what it prints and its exit code. */
  const run = (argv: string[]) => spawnSync(process.execPath, [resolve(import.meta.dirname, '../new-race.mjs'), ...argv], { encoding: 'utf8' });

  it('refuses a race id that is taken, says why and writes nothing', () => {
    const taken = [...dataset.races.keys()][0]!;
    const file = resolve(import.meta.dirname, '../../../src/data/races', taken, 'race.json');
    const before = readFileSync(file, 'utf8');
    const result = run([taken, '--name', 'N', '--date', '2026-06-27', '--track', 'T', '--laps', '10', '--stages', '5,10']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`new-race: there is a race "${taken}" already`);
    expect(result.stderr).toContain('Nothing was written.');
    expect(readFileSync(file, 'utf8')).toBe(before);
  }, 60_000);

  it('refuses arguments it cannot use, each said with the id’s own problem, and writes nothing', () => {
    const result = run(['no-spoilers', '--date', 'soon']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('new-race: the race id "no-spoilers" is a word the addresses use');
    expect(result.stderr).toContain('new-race: --name is required');
    expect(result.stderr).toContain('new-race: --date must be a date as YYYY-MM-DD, not "soon"');
    expect(existsSync(resolve(import.meta.dirname, '../../../src/data/races/no-spoilers'))).toBe(false);
  }, 60_000);
});
