// @ts-check
// `npm run export -- <race-id> --out <folder>`: writes a race back to the template's CSV sheets in
// that folder, the ones `npm run import` reads (src/data/sheets/toSheets.ts).
// `npm run export -- --template --out <folder>`: the empty template, every sheet with its header.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { openApp } from '../lib/load.mjs';
import { ROOT } from '../lib/root.mjs';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt === -1 ? undefined : args[outAt + 1];
const template = args.includes('--template');
const ids = args.filter((a, i) => !a.startsWith('--') && i !== outAt + 1);
if (!out || (template ? ids.length !== 0 : ids.length !== 1)) {
  console.error('usage: npm run export -- <race-id> --out <folder>\n       npm run export -- --template --out <folder>');
  process.exit(2);
}

const app = await openApp();
try {
  /** @type {typeof import('../../src/data/sheets/toSheets.ts')} */
  const { raceToSheets } = await app.load('/src/data/sheets/toSheets.ts');
  /** @type {import('../../src/data/schema.ts').Race | undefined} */
  let race;
  if (!template) {
    const id = /** @type {string} */ (ids[0]);
    const file = resolve(ROOT, 'src/data/races', id, 'race.json');
    if (!existsSync(file)) {
      console.error(`There is no race "${id}" (src/data/races/${id}/race.json).`);
      process.exit(1);
    }
    /** @type {typeof import('../../src/data/validate/validateRace.ts')} */
    const { validateRace } = await app.load('/src/data/validate/validateRace.ts');
    /** @type {typeof import('../../src/data/load/bundledDataset.ts')} */
    const { articles } = await app.load('/src/data/load/bundledDataset.ts');
    // The file as written (not as validated: the schema trims text), so the import gives it back.
    const json = JSON.parse(readFileSync(file, 'utf8'));
    const { errors } = validateRace(relative(ROOT, file), json, { articleIds: new Set(articles.keys()), expectedId: id });
    if (errors.length > 0) {
      console.error(`${relative(ROOT, file)} has problems (npm run validate lists them): fix them before exporting.`);
      process.exit(1);
    }
    race = json;
  }
  const folder = resolve(process.cwd(), out);
  mkdirSync(folder, { recursive: true });
  const sheets = raceToSheets(race);
  for (const [name, text] of sheets) writeFileSync(resolve(folder, name), text);
  console.log(`Wrote ${sheets.size} sheets to ${relative(process.cwd(), folder) || '.'}${race ? ` (${race.name})` : ' (the empty template)'}.`);
} finally {
  await app.close();
}
