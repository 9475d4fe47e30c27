/**
 * The spreadsheet round trip (issue 22): every race file in src/data/races, exported to the
 * template's sheets and imported again, gives the same file byte for byte once both are laid out
 * as the import writes them (canonical.ts: keys in the schema's order).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../load/bundledDataset';
import { formatRaceFile } from './canonical';
import { importRace } from './fromSheets';
import { raceToSheets } from './toSheets';
import { ALL_SHEETS, columnsOf } from './template';

const RACES = resolve(__dirname, '../races');
const raceIds = readdirSync(RACES);
const context = { articleIds: new Set(dataset.articles.keys()) };
const withoutSchemaLine = ({ $schema: _, ...race }: Record<string, unknown>) => race;

describe('exporting a race to sheets and importing them again', () => {
  it('covers every race folder', () => {
    expect(raceIds.length).toBe(dataset.races.size);
    expect(raceIds.length).toBeGreaterThanOrEqual(2);
  });

  it.each(raceIds)('gives %s back byte for byte', (id) => {
    const original = JSON.parse(readFileSync(resolve(RACES, id, 'race.json'), 'utf8')) as Record<string, unknown>;
    const sheets = raceToSheets(original as never);
    const { race, problems } = importRace(sheets, { ...context, expectedId: id });
    expect(problems).toEqual([]);
    expect(formatRaceFile(race)).toBe(formatRaceFile(withoutSchemaLine(original)));
  });

  it.each(raceIds)('writes every sheet of the template for %s, each source once', (id) => {
    const original = JSON.parse(readFileSync(resolve(RACES, id, 'race.json'), 'utf8')) as Record<string, unknown>;
    const sheets = raceToSheets(original as never);
    expect([...sheets.keys()].sort()).toEqual(ALL_SHEETS.map((s) => s.file).sort());
    const sourceRows = (sheets.get('sources.csv') ?? '').trim().split('\n').slice(1);
    const ids = sourceRows.map((line) => line.split(',')[0]);
    expect(new Set(ids).size).toBe(ids.length);
    // Each distinct source of the file, once (a note is what a fact says of it, not another source).
    const distinct = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (typeof value === 'object' && value !== null) {
        const object = value as Record<string, unknown>;
        if (('article' in object && !('file' in object)) || 'record' in object) {
          const { note: _, ...identity } = object;
          distinct.add(JSON.stringify(Object.entries(identity).sort()));
        } else Object.values(object).forEach(walk);
      }
    };
    walk(original);
    expect(ids.length).toBe(distinct.size);
  });
});

describe('the empty template', () => {
  it('is every sheet with its header and no rows', () => {
    const template = raceToSheets();
    for (const sheet of ALL_SHEETS) expect(template.get(sheet.file)).toBe(`${columnsOf(sheet).map((c) => c.name).join(',')}\n`);
  });
});
