/**
 * `npm run import`: the template's CSV sheets (template.ts) to a race file. Every problem is
 * reported, all in one run, as `sheet.csv:row:column: problem`: first what the sheets themselves
 * get wrong (a column the template does not know, a lap that is not a number, a source id that
 * sources.csv does not list), then what the app's own validation says of the race they make,
 * traced back to the row and column it came from.
 */
import { csvParseRows } from 'd3';
import type { SourceRef } from '../schema';
import type { DataError } from '../validate/errors';
import { validateRace, type RaceContext } from '../validate/validateRace';
import { readCell, type SourceCitation } from './cells';
import { setField } from './fields';
import { ALL_SHEETS, CHILD_SHEETS, LIST_SHEETS, RACE_SHEET, SOURCES_SHEET, columnsOf, type Column, type Sheet } from './template';

/** Where a problem is: the sheet, the row as a spreadsheet numbers it (the header is row 1), the column. */
export type SheetProblem = { sheet: string; row?: number; column?: string; message: string };

export const formatSheetProblem = ({ sheet, row, column, message }: SheetProblem): string =>
  `${sheet}${row === undefined ? '' : `:${row}`}${column === undefined ? '' : `:${column}`}: ${message}`;

type Json = Record<string, unknown>;
/** Where an item of the race file came from: its sheet and row, and the column of each field. */
type Origin = { sheet: string; row?: number; columns: ReadonlyMap<string, string> };
type Table = { sheet: Sheet; rows: { row: number; cells: Map<string, string> }[] };

export type SheetsImport = {
  /** The race file the sheets make (as written, before validation); none when a sheet could not be read. */
  race?: Json;
  problems: SheetProblem[];
  /** The sheet, row and column a path of the race file ("events.3.lap") came from. */
  origin: (path: string) => Omit<SheetProblem, 'message'>;
};

/** Reads the sheets (file name to CSV text) into a race file, with every problem they have. */
export function sheetsToRace(files: ReadonlyMap<string, string>): SheetsImport {
  const problems: SheetProblem[] = [];
  const origins = new Map<string, Origin>();
  const tables = new Map<string, Table>();

  for (const [file, text] of files) {
    const sheet = ALL_SHEETS.find((s) => s.file === file);
    if (!sheet) {
      problems.push({ sheet: file, message: `is not a sheet of the template (its sheets are ${ALL_SHEETS.map((s) => s.file).join(', ')})` });
      continue;
    }
    const table = readTable(sheet, text, problems);
    if (table) tables.set(file, table);
  }
  for (const sheet of ALL_SHEETS) if (!files.has(sheet.file) && sheet === RACE_SHEET) problems.push({ sheet: sheet.file, message: 'is missing: every race needs its race.csv, one row with the race itself' });

  // The sources the other sheets cite.
  const sources = new Map<string, { source: SourceRef; row: number }>();
  for (const { row, cells } of tables.get(SOURCES_SHEET.file)?.rows ?? []) {
    const at = (column: string, message: string) => problems.push({ sheet: SOURCES_SHEET.file, row, column, message });
    const id = cells.get('id')?.trim() ?? '';
    const [article, record, url, published] = ['article', 'record', 'url', 'published'].map((c) => cells.get(c)?.trim() ?? '');
    if (id === '') at('id', 'a source needs its id, which the other sheets cite it by');
    else if (sources.has(id)) at('id', `the id "${id}" is already the source on row ${sources.get(id)?.row}`);
    if (article !== '' && (record !== '' || url !== '')) at('article', 'give either an article or a record with its url, not both');
    else if (article === '' && record === '') at('record', 'give the article’s id, or the record’s name and url');
    else if (article === '' && url === '') at('url', 'a record needs the address of the page that says it');
    if (id === '' || sources.has(id)) continue;
    const source = (article !== '' ? { article } : published !== '' ? { record, url, published } : { record, url }) as SourceRef;
    sources.set(id, { source, row });
  }

  /** The item one row makes, every cell read; its origin recorded under `path`. */
  const itemOf = (sheet: Sheet, row: number, cells: Map<string, string>, path: string): Json => {
    const item: Json = {};
    origins.set(path, { sheet: sheet.file, row, columns: new Map(sheet.columns.map((c) => [c.field, c.name])) });
    for (const column of sheet.columns) {
      const cell = cells.get(column.name);
      if (cell === undefined) continue;
      const read = readCell(column.kind, cell);
      if ('problem' in read) problems.push({ sheet: sheet.file, row, column: column.name, message: read.problem });
      // A list the race file always has (an incident's drivers) is empty when its cell is blank.
      if ('blank' in read && column.kind === 'list' && column.required) setField(item, column.field, []);
      if (!('value' in read)) continue;
      const value = column.kind === 'sources' ? cite(read.value as SourceCitation[], sheet, row, column, `${path ? `${path}.` : ''}${column.field}`) : read.value;
      setField(item, column.field, value);
    }
    return item;
  };
  const cite = (citations: readonly SourceCitation[], sheet: Sheet, row: number, column: Column, path: string): SourceRef[] => {
    const cited: SourceRef[] = [];
    for (const { ref, note } of citations) {
      const found = sources.get(ref);
      if (!found) {
        problems.push({ sheet: sheet.file, row, column: column.name, message: `no source "${ref}" in sources.csv` });
        continue;
      }
      // A problem with the source itself (its url, say) is the source row's; one with its note, this cell's.
      const sourceColumns = new Map(SOURCES_SHEET.columns.map((c) => [c.field, c.name]));
      origins.set(`${path}.${cited.length}`, { sheet: SOURCES_SHEET.file, row: found.row, columns: sourceColumns });
      cited.push(note === undefined ? found.source : ({ ...found.source, note } as SourceRef));
    }
    return cited;
  };

  const raceRows = tables.get(RACE_SHEET.file)?.rows ?? [];
  if (tables.has(RACE_SHEET.file) && raceRows.length !== 1) problems.push({ sheet: RACE_SHEET.file, message: `must have exactly one row under its header, the race, not ${raceRows.length}` });
  const first = raceRows[0];
  const race = first ? itemOf(RACE_SHEET, first.row, first.cells, '') : {};

  for (const sheet of LIST_SHEETS) {
    origins.set(sheet.target, { sheet: sheet.file, columns: new Map() });
    const rows = tables.get(sheet.file)?.rows ?? [];
    // The cautions' periods belong to the race's caution record; with no record, none are written.
    const wanted = rows.length > 0 || (sheet.always === true && (sheet.target !== 'cautions.periods' || 'cautions' in race));
    if (!wanted) continue;
    setField(race, sheet.target, rows.map(({ row, cells }, i) => itemOf(sheet, row, cells, `${sheet.target}.${i}`)));
  }
  for (const sheet of CHILD_SHEETS) {
    const parentSheet = LIST_SHEETS.find((s) => s.file === sheet.parent.file) as (typeof LIST_SHEETS)[number];
    const owners = (race[parentSheet.target] as Json[] | undefined) ?? [];
    for (const owner of owners) owner[sheet.parent.list] = [];
    for (const { row, cells } of tables.get(sheet.file)?.rows ?? []) {
      const key = cells.get(sheet.keyColumn.name)?.trim() ?? '';
      const index = owners.findIndex((owner) => owner[sheet.parent.key] === key);
      if (index === -1) {
        problems.push({ sheet: sheet.file, row, column: sheet.keyColumn.name, message: `no row of ${sheet.parent.file} has ${sheet.parent.key} "${key}"` });
        continue;
      }
      const list = owners[index]?.[sheet.parent.list] as Json[];
      list.push(itemOf(sheet, row, cells, `${parentSheet.target}.${index}.${sheet.parent.list}.${list.length}`));
    }
  }

  const origin = (path: string): Omit<SheetProblem, 'message'> => {
    let best: [string, Origin] | undefined;
    for (const entry of origins) {
      const [key] = entry;
      if ((key === '' || path === key || path.startsWith(`${key}.`)) && (!best || key.length > best[0].length)) best = entry;
    }
    if (!best) return { sheet: RACE_SHEET.file };
    const [key, { sheet, row, columns }] = best;
    const rest = key === '' ? path : path.slice(key.length + 1);
    let column: string | undefined;
    let longest = -1;
    for (const [field, name] of columns) {
      if ((rest === field || rest.startsWith(`${field}.`)) && field.length > longest) {
        column = name;
        longest = field.length;
      }
    }
    return { sheet, ...(row === undefined ? {} : { row }), ...(column === undefined ? {} : { column }) };
  };

  // Without its one race row there is no race to check: what the checks would say is that row missing.
  return { ...(raceRows.length === 1 ? { race } : {}), problems, origin };
}

/** Reads one sheet's text: its header checked against the template, blank rows skipped. */
function readTable(sheet: Sheet, text: string, problems: SheetProblem[]): Table | undefined {
  const rows = csvParseRows(text.replace(/^\uFEFF/, ''));
  const header = rows[0]?.map((name) => name.trim());
  if (!header || header.every((name) => name === '')) {
    problems.push({ sheet: sheet.file, message: `is empty: it needs its header row (${columnsOf(sheet).map((c) => c.name).join(',')})` });
    return undefined;
  }
  const known = columnsOf(sheet);
  let ok = true;
  for (const [i, name] of header.entries()) {
    if (name === '') continue;
    if (!known.some((c) => c.name === name)) {
      problems.push({ sheet: sheet.file, row: 1, column: name, message: `is not a column of this sheet (its columns are ${known.map((c) => c.name).join(', ')})` });
      ok = false;
    } else if (header.indexOf(name) !== i) {
      problems.push({ sheet: sheet.file, row: 1, column: name, message: 'is in the header twice' });
      ok = false;
    }
  }
  for (const column of known) {
    if (column.required && !header.includes(column.name)) {
      problems.push({ sheet: sheet.file, row: 1, message: `has no column "${column.name}", which the template needs` });
      ok = false;
    }
  }
  if (!ok) return undefined;
  const table: Table = { sheet, rows: [] };
  for (const [i, cells] of rows.slice(1).entries()) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    if (cells.length > header.length && cells.slice(header.length).some((cell) => cell.trim() !== '')) {
      problems.push({ sheet: sheet.file, row: i + 2, message: `has ${cells.length} cells, more than the header’s ${header.length} columns` });
    }
    table.rows.push({ row: i + 2, cells: new Map(header.map((name, c) => [name, cells[c] ?? ''])) });
  }
  return table;
}

/**
 * The sheets to a race file, checked as the app and `npm run validate` check a race file: the race
 * only when there is no problem, every problem traced back to its sheet, row and column.
 */
export function importRace(
  files: ReadonlyMap<string, string>,
  context: RaceContext,
  /** The drivers the other races know: one id with two names, or one name under two ids, is refused. */
  knownDrivers: readonly { id: string; name: string }[] = [],
): { race?: Json; problems: SheetProblem[] } {
  const read = sheetsToRace(files);
  if (!read.race) return { problems: read.problems };
  const checked = validateRace('race.json', read.race, context);
  // A cell the sheet could not read is left out of the race; what the checks then say of it (a
  // missing field) is that same problem again.
  const said = new Set(read.problems.map(({ sheet, row, column }) => `${sheet}:${row}:${column}`));
  const traced = checked.errors.map((error: DataError) => ({ ...read.origin(error.path), message: error.message }));
  const problems = inSheetOrder([...read.problems, ...traced.filter(({ sheet, row, column }) => !said.has(`${sheet}:${row}:${column}`))]);
  const drivers = Array.isArray(read.race.drivers) ? (read.race.drivers as Json[]) : [];
  for (const [i, driver] of drivers.entries()) {
    const sameId = knownDrivers.find((known) => known.id === driver.id);
    const sameName = knownDrivers.find((known) => known.name === driver.name);
    if (sameId && sameId.name !== driver.name) problems.push({ ...read.origin(`drivers.${i}.name`), message: `the other races know "${sameId.id}" as ${sameId.name}: use that name, or another id for another driver` });
    else if (sameName && sameName.id !== driver.id) problems.push({ ...read.origin(`drivers.${i}.id`), message: `the other races know ${sameName.name} as "${sameName.id}": use that id` });
  }
  return problems.length > 0 ? { problems } : { race: read.race, problems };
}

/** Problems sheet by sheet in the template's order (files it does not know first), row by row. */
function inSheetOrder(problems: readonly SheetProblem[]): SheetProblem[] {
  const rank = (sheet: string) => ALL_SHEETS.findIndex((s) => s.file === sheet);
  return problems
    .map((problem, i) => ({ problem, i }))
    .sort((a, b) => rank(a.problem.sheet) - rank(b.problem.sheet) || (a.problem.row ?? 0) - (b.problem.row ?? 0) || a.i - b.i)
    .map(({ problem }) => problem);
}
