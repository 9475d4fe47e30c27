/**
 * `npm run export`: a race file as the template's CSV sheets (template.ts), the ones `npm run
 * import` reads back into the same file. Every sheet is written, with its header even when empty,
 * so the folder is also a template to fill in.
 */
import { csvFormatRows } from 'd3';
import type { Race, SourceRef } from '../schema';
import { writeCell } from './cells';
import { getField } from './fields';
import { SourceList } from './sourceIds';
import { CHILD_SHEETS, LIST_SHEETS, RACE_SHEET, SOURCES_SHEET, columnsOf, type Column, type Sheet } from './template';

/** The sheets of `race`, by file name, as CSV text. `race` undefined: the empty template. */
export function raceToSheets(race?: Race): Map<string, string> {
  const sources = new SourceList();
  const cell = (column: Column, item: unknown) => {
    const value = getField(item, column.field);
    return writeCell(column.kind, column.kind === 'sources' && Array.isArray(value) ? (value as SourceRef[]).map((s) => sources.cite(s)) : value);
  };
  const rowsOf = (sheet: Sheet, items: readonly unknown[]) => items.map((item) => sheet.columns.map((column) => cell(column, item)));

  const sheets = new Map<string, string[][]>();
  sheets.set(RACE_SHEET.file, race ? rowsOf(RACE_SHEET, [race]) : []);
  for (const sheet of LIST_SHEETS) sheets.set(sheet.file, rowsOf(sheet, listAt(race, sheet.target)));
  for (const sheet of CHILD_SHEETS) {
    const parent = LIST_SHEETS.find((s) => s.file === sheet.parent.file) as (typeof LIST_SHEETS)[number];
    const rows = listAt(race, parent.target).flatMap((owner) =>
      listAt(owner, sheet.parent.list).map((item) => [String(getField(owner, sheet.parent.key)), ...sheet.columns.map((column) => cell(column, item))]),
    );
    sheets.set(sheet.file, rows);
  }
  // Last, once every citation has named its source.
  sheets.set(SOURCES_SHEET.file, rowsOf(SOURCES_SHEET, sources.rows));

  const all = [RACE_SHEET, SOURCES_SHEET, ...LIST_SHEETS, ...CHILD_SHEETS];
  return new Map(all.map((sheet) => [sheet.file, `${csvFormatRows([columnsOf(sheet).map((c) => c.name), ...(sheets.get(sheet.file) ?? [])])}\n`]));
}

const listAt = (item: unknown, field: string): readonly unknown[] => {
  const value = getField(item, field);
  return Array.isArray(value) ? value : [];
};
