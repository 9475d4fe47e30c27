// @ts-check
// `npm run schema`: writes the data files' JSON Schemas (scripts/build/schema/jsonSchemas.mjs) to
// src/data/schemas/, and the editor's map of which file each one checks (.vscode/settings.json's
// json.schemas). `npm run schema -- --check` writes nothing and fails when a committed schema is not
// what the valibot schemas give (a unit test checks the same, so `npm test` catches a stale one).
// It also writes the race spreadsheet's guide (docs/spreadsheet.md) and empty template (docs/race-template/),
// made from src/data/sheets/template.ts (src/data/sheets/guide.test.ts checks them).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { openApp } from '../lib/load.mjs';
import { ROOT } from '../lib/root.mjs';

const SCHEMA_DIR = 'src/data/schemas';


const check = process.argv.includes('--check');
const app = await openApp();
try {
  /** @type {typeof import('./schema/jsonSchemas.mjs')} */
  const { DATA_FILES, editorSettingsText, jsonSchemas, schemaFileText } = await app.load('/scripts/build/schema/jsonSchemas.mjs');
  /** @type {string[]} */
  const stale = [];
  mkdirSync(resolve(ROOT, SCHEMA_DIR), { recursive: true });
  for (const { file, schema } of jsonSchemas()) {
    const path = resolve(ROOT, SCHEMA_DIR, file);
    const text = schemaFileText(schema);
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // not written yet
    }
    if (current === text) continue;
    stale.push(`${SCHEMA_DIR}/${file}`);
    if (!check) writeFileSync(path, text);
  }
  // The editor's map: each data file to its schema (VS Code reads json.schemas from the workspace settings).
  const settingsPath = resolve(ROOT, '.vscode/settings.json');
  const settings = editorSettingsText(DATA_FILES.map(({ file, matches }) => ({ fileMatch: matches, url: `./${SCHEMA_DIR}/${file}` })));
  let currentSettings = '';
  try {
    currentSettings = readFileSync(settingsPath, 'utf8');
  } catch {
    // not written yet
  }
  if (currentSettings !== settings) {
    stale.push('.vscode/settings.json');
    if (!check) {
      mkdirSync(resolve(ROOT, '.vscode'), { recursive: true });
      writeFileSync(settingsPath, settings);
    }
  }
  // The race spreadsheet's documentation and empty template (src/data/sheets/), made from its definitions.
  /** @type {typeof import('../../src/data/sheets/guide.ts')} */
  const { spreadsheetGuide } = await app.load('/src/data/sheets/guide.ts');
  /** @type {typeof import('../../src/data/sheets/toSheets.ts')} */
  const { raceToSheets } = await app.load('/src/data/sheets/toSheets.ts');
  /** @type {[string, string][]} */
  const generated = [['docs/spreadsheet.md', spreadsheetGuide()], ...[...raceToSheets()].map(([name, text]) => /** @type {[string, string]} */ ([`docs/race-template/${name}`, text]))];
  for (const [file, text] of generated) {
    const path = resolve(ROOT, file);
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // not written yet
    }
    if (current === text) continue;
    stale.push(file);
    if (!check) {
      mkdirSync(resolve(path, '..'), { recursive: true });
      writeFileSync(path, text);
    }
  }
  if (check && stale.length > 0) {
    console.error(`Out of date (run \`npm run schema\` and commit): ${stale.join(', ')}`);
    process.exitCode = 1;
  } else console.log(stale.length === 0 ? 'The JSON Schemas and the race spreadsheet’s guide and template are current.' : `Wrote ${stale.join(', ')}.`);
} finally {
  await app.close();
}
