// @ts-check
// A new race's file (`npm run new-race`): every required field, the facts the command was given,
// drivers picked by id from the races already in the repository, and placeholders ("TODO: …",
// src/data/validate/placeholders.ts) where a fact is still to be found, which `npm run validate`
// then lists one by one. Pure: the command (scripts/build/new-race.mjs) reads and writes the files.
import { RESERVED_RACE_IDS } from '../../../src/data/reserved.ts';
import { PLACEHOLDER } from '../../../src/data/validate/placeholders.ts';
import { SLUG } from '../../../src/data/schema.ts';

/** What the command is given. @typedef {{ id: string; name: string; date: string; track: string; laps: number; stages: number[]; series?: string; location?: string; drivers: string[] }} NewRace */
/** A driver as the races already in the repository know them. @typedef {{ id: string; name: string }} KnownDriver */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A placeholder saying what is needed. @param {string} needed */
const todo = (needed) => `${PLACEHOLDER}: ${needed}`;

/** The source every fact needs, to fill in. */
const source = () => ({ record: todo('the source, named as a reader should see it, e.g. "NASCAR.com: race results"'), url: todo('the address of the page that says it') });

/**
 * Reads the command's arguments: `<race-id> --name "…" --date YYYY-MM-DD --track "…" --laps N
 * --stages 45,90,150 [--series "…"] [--location "…"] [--drivers id,id=Name,…]`. Returns the race to
 * make, or the problems, each in plain words.
 * @param {string[]} argv
 * `id` is the race id given, if one was, even when other arguments have problems (so that the
 * id's own problems are said in the same run).
 * @returns {{ race?: NewRace; id?: string; problems: string[] }}
 */
export function parseArguments(argv) {
  /** @type {Record<string, string>} */
  const options = {};
  /** @type {string[]} */
  const positional = [];
  /** @type {string[]} */
  const problems = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i]);
    const option = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!option) positional.push(arg);
    else if (option[2] !== undefined) options[/** @type {string} */ (option[1])] = option[2];
    else if (i + 1 < argv.length && !argv[i + 1]?.startsWith('--')) options[/** @type {string} */ (option[1])] = /** @type {string} */ (argv[++i]);
    else problems.push(`--${option[1]} needs a value`);
  }
  const known = new Set(['name', 'date', 'track', 'laps', 'stages', 'series', 'location', 'drivers']);
  for (const key of Object.keys(options)) if (!known.has(key)) problems.push(`--${key} is not an option (the options: ${[...known].map((k) => `--${k}`).join(', ')})`);
  if (positional.length !== 1) problems.push(positional.length === 0 ? 'give the race\'s id first, e.g. "martinsville-2024"' : `give one race id, not ${positional.length} (${positional.join(', ')})`);
  for (const required of ['name', 'date', 'track', 'laps', 'stages']) if (options[required] === undefined) problems.push(`--${required} is required`);
  const laps = Number(options.laps);
  if (options.laps !== undefined && !(Number.isInteger(laps) && laps > 0)) problems.push(`--laps must be a whole number of laps above 0, not "${options.laps}"`);
  const stages = (options.stages ?? '').split(',').map((s) => s.trim()).filter(Boolean).map(Number);
  if (options.stages !== undefined) {
    if (stages.length === 0 || stages.some((s) => !Number.isInteger(s) || s < 1)) problems.push(`--stages must be the laps the stages end on, e.g. 45,90,150, not "${options.stages}"`);
    else if (stages.some((s, i) => i > 0 && s <= /** @type {number} */ (stages[i - 1]))) problems.push(`--stages must go up, lap by lap: ${options.stages}`);
    else if (Number.isInteger(laps) && /** @type {number} */ (stages.at(-1)) > laps) problems.push(`the last stage (lap ${stages.at(-1)}) ends after the race's ${laps} laps`);
  }
  if (options.date !== undefined && !(ISO_DATE.test(options.date) && !Number.isNaN(Date.parse(options.date)))) problems.push(`--date must be a date as YYYY-MM-DD, not "${options.date}"`);
  for (const key of ['name', 'track', 'series', 'location']) if (options[key] !== undefined && options[key].trim() === '') problems.push(`--${key} must not be empty`);
  if (problems.length > 0) return positional.length === 1 ? { id: positional[0], problems } : { problems };
  return {
    id: positional[0],
    race: {
      id: /** @type {string} */ (positional[0]),
      name: /** @type {string} */ (options.name).trim(),
      date: /** @type {string} */ (options.date),
      track: /** @type {string} */ (options.track).trim(),
      laps,
      stages,
      series: options.series?.trim(),
      location: options.location?.trim(),
      drivers: (options.drivers ?? '').split(',').map((d) => d.trim()).filter(Boolean),
    },
    problems,
  };
}

/**
 * Whether a race may take this id: a slug, not a word the addresses use, not taken.
 * @param {string} id
 * @param {ReadonlySet<string>} taken the ids (and folder names) of the races there are
 * @returns {string[]} the problems
 */
export function idProblems(id, taken) {
  if (!SLUG.test(id)) return [`the race id "${id}" must be lower-case words joined by hyphens, e.g. "martinsville-2024"`];
  if (RESERVED_RACE_IDS.has(id)) return [`the race id "${id}" is a word the addresses use (${[...RESERVED_RACE_IDS].join(', ')}): choose another`];
  if (taken.has(id)) return [`there is a race "${id}" already (src/data/races/${id}/): choose another id`];
  return [];
}

/**
 * Picks the drivers: each an id the races know ("corey-heim"), or a new driver as id=Name
 * ("jane-doe=Jane Doe"). An id two races would know by two names, or a name under two ids, is refused.
 * @param {string[]} asked
 * @param {readonly KnownDriver[]} known
 * @returns {{ drivers: KnownDriver[]; problems: string[] }}
 */
export function pickDrivers(asked, known) {
  /** @type {KnownDriver[]} */
  const drivers = [];
  /** @type {string[]} */
  const problems = [];
  for (const entry of asked) {
    const [id = '', name] = entry.split('=').map((part) => part.trim());
    const knownAs = known.find((d) => d.id === id);
    if (!SLUG.test(id)) problems.push(`the driver id "${id}" must be lower-case words joined by hyphens, e.g. "corey-heim"`);
    else if (drivers.some((d) => d.id === id)) problems.push(`the driver "${id}" is given twice`);
    else if (name === undefined) {
      if (knownAs) drivers.push(knownAs);
      else problems.push(`no race has a driver "${id}": give a new driver as ${id}=Their Name`);
    } else if (name === '') problems.push(`give the name of "${id}" after the = sign`);
    else if (knownAs && knownAs.name !== name) problems.push(`"${id}" is ${knownAs.name} in the other races, not ${name}: give the id alone`);
    else if (known.some((d) => d.name === name && d.id !== id)) problems.push(`${name} is "${known.find((d) => d.name === name)?.id}" in the other races: use that id`);
    else drivers.push({ id, name });
  }
  return { drivers, problems };
}

/**
 * The new race's file: what was given, and a placeholder for each fact still to find.
 * @param {NewRace} race
 * @param {readonly KnownDriver[]} drivers
 */
export function scaffoldRace(race, drivers) {
  return {
    $schema: '../../schemas/race.schema.json',
    id: race.id,
    name: race.name,
    series: race.series ?? todo('the series, e.g. "NASCAR Craftsman Truck Series"'),
    date: race.date,
    track: { name: race.track, location: race.location ?? todo('where the track is: its town and state') },
    scheduledLaps: race.laps,
    lapsRun: race.laps,
    stages: race.stages.map((endLap, i) => ({ number: i + 1, endLap, sources: [source()] })),
    overtimes: [],
    winner: todo('the winner\'s driver id, one of "drivers"'),
    drivers: drivers.length > 0 ? drivers.map((d) => ({ id: d.id, name: d.name })) : [{ id: todo('a driver\'s id, e.g. "corey-heim"'), name: todo('the driver\'s name') }],
    events: [
      {
        id: 'finish',
        lap: race.laps,
        certainty: 'exact',
        kind: 'finish',
        title: todo('the finish in a few words, e.g. "Heim wins"'),
        description: todo('how the race ended, in your own words'),
        drivers: [],
        sources: [source()],
      },
    ],
    sources: [source()],
  };
}

/** A race file's text as the repository keeps it: two-space JSON and a final newline. @param {unknown} race */
export const raceFileText = (race) => `${JSON.stringify(race, null, 2)}\n`;
