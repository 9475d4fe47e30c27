/**
 * One cell of a sheet to a value of the race file, and back (template.ts says which kind each
 * column is). Reading a cell never throws: it gives the value, or a problem in plain words.
 */
import type { CellKind } from './template';

/** A source as a sheet cites it: the id of a row of sources.csv, and what exactly it says. */
export type SourceCitation = { ref: string; note?: string };

export type CellValue = string | number | boolean | readonly string[] | readonly [number, number] | readonly SourceCitation[];
export type Read = { value: CellValue } | { problem: string } | { blank: true };

const WHOLE = /^\d+$/;

/** Reads one cell: blank (the field is left out), its value, or what is wrong with it. */
export function readCell(kind: CellKind, cell: string): Read {
  const trimmed = cell.trim();
  if (trimmed === '') return { blank: true };
  switch (kind) {
    case 'text':
      return { value: cell };
    case 'id':
      return { value: trimmed };
    case 'int':
      return WHOLE.test(trimmed) ? { value: Number(trimmed) } : { problem: `must be a whole number, not "${trimmed}"` };
    case 'number': {
      const number = Number(trimmed);
      return /^-?\d+(\.\d+)?$/.test(trimmed) && Number.isFinite(number) ? { value: number } : { problem: `must be a number such as 1.5, not "${trimmed}"` };
    }
    case 'bool': {
      const word = trimmed.toLowerCase();
      if (word === 'yes') return { value: true };
      if (word === 'no') return { value: false };
      return { problem: `must be "yes" or "no", not "${trimmed}"` };
    }
    case 'list':
      return { value: trimmed.split(',').map((item) => item.trim()).filter((item) => item !== '') };
    case 'range': {
      const match = /^(\d+)\s*[-–]\s*(\d+)$/.exec(trimmed);
      return match ? { value: [Number(match[1]), Number(match[2])] } : { problem: `must be the first and last lap, such as "118-120", not "${trimmed}"` };
    }
    case 'sources':
      return readSources(trimmed);
  }
}

/** One source a line: its id, then optionally a colon and its note ("nascar-results: lap 121"). */
function readSources(cell: string): Read {
  const citations: SourceCitation[] = [];
  for (const line of cell.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    const ref = (colon === -1 ? line : line.slice(0, colon)).trim();
    const note = colon === -1 ? undefined : line.slice(colon + 1).trim();
    if (ref === '') return { problem: `a source line must start with the source's id from sources.csv: "${line.trim()}"` };
    citations.push(note === undefined || note === '' ? { ref } : { ref, note });
  }
  return { value: citations };
}

/** Writes a value back as the cell the import reads it from. */
export function writeCell(kind: CellKind, value: unknown): string {
  if (value === undefined || value === null) return '';
  switch (kind) {
    case 'bool':
      return value === true ? 'yes' : 'no';
    case 'list':
      return (value as readonly string[]).join(', ');
    case 'range': {
      const [first, last] = value as readonly [number, number];
      return `${first}-${last}`;
    }
    case 'sources':
      return (value as readonly SourceCitation[]).map(({ ref, note }) => (note === undefined ? ref : `${ref}: ${note}`)).join('\n');
    default:
      return String(value);
  }
}
