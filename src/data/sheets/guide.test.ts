/**
 * The committed spreadsheet guide and empty template are what the template's definitions make
 * (`npm run schema` writes them), and the guide names every column of every sheet.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spreadsheetGuide } from './guide';
import { ALL_SHEETS, columnsOf } from './template';
import { raceToSheets } from './toSheets';

const ROOT = resolve(__dirname, '../../..');

describe('the spreadsheet guide and template', () => {
  it('docs/spreadsheet.md is current (run `npm run schema` and commit)', () => {
    expect(readFileSync(resolve(ROOT, 'docs/spreadsheet.md'), 'utf8')).toBe(spreadsheetGuide());
  });

  it('docs/race-template/ holds every sheet, current', () => {
    for (const [file, text] of raceToSheets()) expect(readFileSync(resolve(ROOT, 'docs/race-template', file), 'utf8'), file).toBe(text);
  });

  it('documents every column of every sheet, each with what goes in it', () => {
    const guide = spreadsheetGuide();
    for (const sheet of ALL_SHEETS) {
      const section = guide.slice(guide.indexOf(`## ${sheet.file}\n`));
      expect(section.length, sheet.file).toBeLessThan(guide.length);
      for (const column of columnsOf(sheet)) {
        expect(column.help.length, `${sheet.file} ${column.name}`).toBeGreaterThan(5);
        expect(section, `${sheet.file} ${column.name}`).toContain(`| \`${column.name}\` |`);
      }
    }
  });
});
