// @ts-check
// `npm run new-race -- <race-id> --name "…" --date YYYY-MM-DD --track "…" --laps N --stages 45,90,150
//   [--series "…"] [--location "…"] [--drivers corey-heim,jane-doe=Jane Doe]`
//
// Writes src/data/races/<race-id>/race.json with every required field (scripts/build/newRace/scaffold.mjs):
// the facts given, drivers picked by id from the races already here (a new one as id=Name), and a
// placeholder ("TODO: …") for each fact still to find. Then prints what remains to fill in, as
// `npm run validate` will list it until the race is complete. Refuses an id that is taken or that
// the addresses use, and writes nothing on any problem.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { checkData } from './data-check.mjs';
import { openApp } from '../lib/load.mjs';
import { ROOT } from '../lib/root.mjs';

const RACES = resolve(ROOT, 'src/data/races');

/** The races already here: their folders and ids, and every driver they know. */
function existingRaces() {
  /** @type {Set<string>} */
  const taken = new Set();
  /** @type {{ id: string; name: string }[]} */
  const drivers = [];
  for (const folder of existsSync(RACES) ? readdirSync(RACES) : []) {
    taken.add(folder);
    const file = resolve(RACES, folder, 'race.json');
    if (!existsSync(file)) continue;
    try {
      const race = JSON.parse(readFileSync(file, 'utf8'));
      if (typeof race.id === 'string') taken.add(race.id);
      for (const d of Array.isArray(race.drivers) ? race.drivers : [])
        if (typeof d?.id === 'string' && typeof d?.name === 'string' && !drivers.some((k) => k.id === d.id)) drivers.push({ id: d.id, name: d.name });
    } catch {
      // A file that does not read: `npm run validate` says so; its id stays taken by its folder.
    }
  }
  return { taken, drivers };
}

const app = await openApp();
/** @type {typeof import('./newRace/scaffold.mjs')} */
const scaffold = await app.load('/scripts/build/newRace/scaffold.mjs');
await app.close();

const { race, id, problems } = scaffold.parseArguments(process.argv.slice(2));
const existing = existingRaces();
const picked = race ? scaffold.pickDrivers(race.drivers, existing.drivers) : { drivers: [], problems: [] };
const all = [...(id !== undefined ? scaffold.idProblems(id, existing.taken) : []), ...problems, ...picked.problems];
if (!race || all.length > 0) {
  for (const problem of all) console.error(`new-race: ${problem}`);
  console.error('Nothing was written. Usage: npm run new-race -- <race-id> --name "…" --date YYYY-MM-DD --track "…" --laps N --stages 45,90,150 [--series "…"] [--location "…"] [--drivers id,id=Name,…]');
  process.exit(1);
}
const file = resolve(RACES, race.id, 'race.json');
mkdirSync(resolve(RACES, race.id), { recursive: true });
writeFileSync(file, scaffold.raceFileText(scaffold.scaffoldRace(race, picked.drivers)));
const path = relative(ROOT, file);
console.log(`Wrote ${path}, with ${picked.drivers.length === 0 ? 'no drivers yet' : `${picked.drivers.length} driver${picked.drivers.length === 1 ? '' : 's'}`}.`);
console.log(`"lapsRun" is the scheduled ${race.laps} laps, and the finish is on lap ${race.laps}: change both, and add the overtimes, if the race went longer.`);

const { problems: remaining, describe } = await checkData();
const mine = remaining.filter((p) => p.file === path);
console.log(`\nWhat remains to fill in (\`npm run validate\` lists it until the race is complete; docs/adding-a-race.md says what each field means):`);
for (const problem of mine) console.log(`  ${describe(problem)}`);
