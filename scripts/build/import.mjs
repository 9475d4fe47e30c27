// @ts-check
// `npm run import -- <folder of CSV files> [--replace]`
//
// Turns a folder of the race template's CSV sheets (src/data/sheets/template.ts, docs/spreadsheet.md)
// into src/data/races/<race-id>/race.json. Every problem is printed, all in one run, one a line, as
// `sheet.csv:row:column: problem`, and nothing is written while there is one. A race id already
// taken is refused unless --replace says to write over that race (re-importing a race's own sheets).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { openApp } from '../lib/load.mjs';
import { ROOT } from '../lib/root.mjs';

const RACES = resolve(ROOT, 'src/data/races');
const args = process.argv.slice(2);
const replace = args.includes('--replace');
const folders = args.filter((a) => a !== '--replace');
if (folders.length !== 1 || folders[0]?.startsWith('--')) {
  console.error('usage: npm run import -- <folder of CSV files> [--replace]');
  process.exit(2);
}
const folder = resolve(process.cwd(), /** @type {string} */ (folders[0]));
if (!existsSync(folder)) {
  console.error(`There is no folder ${folder}.`);
  process.exit(2);
}

/** @type {Map<string, string>} */
const files = new Map();
for (const name of readdirSync(folder).sort()) if (name.toLowerCase().endsWith('.csv')) files.set(name, readFileSync(resolve(folder, name), 'utf8'));

const app = await openApp();
try {
  /** @type {typeof import('../../src/data/sheets/fromSheets.ts')} */
  const { importRace, formatSheetProblem, sheetsToRace } = await app.load('/src/data/sheets/fromSheets.ts');
  /** @type {typeof import('../../src/data/sheets/canonical.ts')} */
  const { formatRaceFile } = await app.load('/src/data/sheets/canonical.ts');
  /** @type {typeof import('../../src/data/load/bundledDataset.ts')} */
  const { dataset } = await app.load('/src/data/load/bundledDataset.ts');
  /** @type {typeof import('./newRace/scaffold.mjs')} */
  const { idProblems } = await app.load('/scripts/build/newRace/scaffold.mjs');

  // The race's own drivers as the races know them now are no conflict: a re-import may rename one.
  const raceId = sheetsToRace(files).race?.id;
  const others = [...dataset.races.values()].filter((race) => race.id !== raceId);
  const knownDrivers = others.flatMap((race) => race.drivers.map(({ id, name }) => ({ id, name })));
  const { race, problems } = importRace(files, { articleIds: new Set(dataset.articles.keys()) }, knownDrivers);
  const lines = problems.map(formatSheetProblem);
  const id = race?.id;
  if (typeof id === 'string') {
    const taken = new Set([...dataset.races.keys(), ...(existsSync(RACES) ? readdirSync(RACES) : [])]);
    if (replace) taken.delete(id);
    lines.push(...idProblems(id, taken).map((p) => `race.csv:2:id: ${p}${taken.has(id) ? ' (or give --replace to write over it)' : ''}`));
  }
  if (!race || lines.length > 0) {
    for (const line of lines) console.log(line);
    console.error(lines.length === 1 ? '1 problem: nothing was written.' : `${lines.length} problems: nothing was written.`);
    process.exitCode = 1;
  } else {
    const file = resolve(RACES, String(id), 'race.json');
    mkdirSync(resolve(RACES, String(id)), { recursive: true });
    writeFileSync(file, formatRaceFile({ $schema: '../../schemas/race.schema.json', ...race }));
    console.log(`Wrote ${relative(ROOT, file)}: ${race.name}, ${Array.isArray(race.events) ? race.events.length : 0} events. Next: npm run validate, then npm run dev to see it.`);
  }
} finally {
  await app.close();
}

