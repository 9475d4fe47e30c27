/** Each kind of cell, read and written back (template.ts says which column is which kind). */
import { describe, expect, it } from 'vitest';
import { readCell, writeCell } from './cells';
import { inSchemaOrder } from './canonical';
import { idFromName, SourceList } from './sourceIds';
import { raceSchema } from '../schema';

describe('reading a cell', () => {
  it('leaves a blank or all-space cell out, whatever its kind', () => {
    for (const kind of ['text', 'id', 'int', 'number', 'bool', 'list', 'range', 'sources'] as const) {
      expect(readCell(kind, ''), kind).toEqual({ blank: true });
      expect(readCell(kind, '  \n '), kind).toEqual({ blank: true });
    }
  });

  it('keeps text as written, and trims an id', () => {
    expect(readCell('text', ' Heim, then Doe ')).toEqual({ value: ' Heim, then Doe ' });
    expect(readCell('id', ' corey-heim ')).toEqual({ value: 'corey-heim' });
  });

  it('reads whole numbers, and refuses anything else as one', () => {
    expect(readCell('int', ' 12 ')).toEqual({ value: 12 });
    expect(readCell('int', '0')).toEqual({ value: 0 });
    for (const cell of ['12.5', '-3', '1e2', '12 laps', 'twelve']) expect(readCell('int', cell)).toEqual({ problem: `must be a whole number, not "${cell}"` });
  });

  it('reads numbers with a dot for decimals', () => {
    expect(readCell('number', '1.022')).toEqual({ value: 1.022 });
    expect(readCell('number', '-2')).toEqual({ value: -2 });
    expect(readCell('number', '7')).toEqual({ value: 7 });
    for (const cell of ['1,5', '1.', '.5', 'Infinity', '1e3', '2 miles']) expect(readCell('number', cell)).toEqual({ problem: `must be a number such as 1.5, not "${cell}"` });
  });

  it('reads yes and no in any case, and nothing else', () => {
    expect(readCell('bool', 'yes')).toEqual({ value: true });
    expect(readCell('bool', ' YES ')).toEqual({ value: true });
    expect(readCell('bool', 'No')).toEqual({ value: false });
    expect(readCell('bool', 'true')).toEqual({ problem: 'must be "yes" or "no", not "true"' });
  });

  it('splits a list at commas, dropping empty items', () => {
    expect(readCell('list', 'grant-enfinger, layne-riggs,corey-heim')).toEqual({ value: ['grant-enfinger', 'layne-riggs', 'corey-heim'] });
    expect(readCell('list', 'a,, b ,')).toEqual({ value: ['a', 'b'] });
  });

  it('reads a lap range with a hyphen or an en dash, spaces allowed', () => {
    expect(readCell('range', '118-120')).toEqual({ value: [118, 120] });
    expect(readCell('range', '118 – 120')).toEqual({ value: [118, 120] });
    for (const cell of ['118', '118-', '118-120-122', 'a-b', '118 to 120']) expect(readCell('range', cell)).toEqual({ problem: `must be the first and last lap, such as "118-120", not "${cell}"` });
  });

  it('reads sources one a line, each with its note after the first colon', () => {
    expect(readCell('sources', 'nascar-results\r\nreport: lap 121: the restart\n\n  wiki :  ')).toEqual({
      value: [{ ref: 'nascar-results' }, { ref: 'report', note: 'lap 121: the restart' }, { ref: 'wiki' }],
    });
    expect(readCell('sources', 'report\n: lap 3')).toEqual({ problem: 'a source line must start with the source\'s id from sources.csv: ": lap 3"' });
  });
});

describe('writing a cell', () => {
  it('writes each kind as the import reads it back', () => {
    expect(writeCell('text', undefined)).toBe('');
    expect(writeCell('text', null)).toBe('');
    expect(writeCell('int', 0)).toBe('0');
    expect(writeCell('number', 1.022)).toBe('1.022');
    expect(writeCell('bool', true)).toBe('yes');
    expect(writeCell('bool', false)).toBe('no');
    expect(writeCell('list', ['a', 'b'])).toBe('a, b');
    expect(writeCell('list', [])).toBe('');
    expect(writeCell('range', [118, 120])).toBe('118-120');
    expect(writeCell('sources', [{ ref: 'a' }, { ref: 'b', note: 'lap 3' }])).toBe('a\nb: lap 3');
    for (const [kind, value] of [['bool', false], ['list', ['x', 'y']], ['range', [1, 2]], ['int', 7], ['sources', [{ ref: 'a', note: 'n: m' }]]] as const) {
      expect(readCell(kind, writeCell(kind, value)), kind).toEqual({ value });
    }
  });
});

describe('the sources the export lists', () => {
  it('names a record by the first four words of its name, accents and apostrophes dropped', () => {
    expect(idFromName('Wikipedia: 2023 Craftsman 150')).toBe('wikipedia-2023-craftsman-150');
    expect(idFromName('Cita Directa: la victoria de los récords')).toBe('cita-directa-la-victoria');
    expect(idFromName('LASTCAR: Chris Hacker’s last-place finish')).toBe('lastcar-chris-hackers-last');
    expect(idFromName('—')).toBe('source');
  });

  it('lists each source once, an article by its own id, and makes a taken id unique', () => {
    const list = new SourceList();
    expect(list.cite({ article: 'a001-x', note: 'lap 3' })).toEqual({ ref: 'a001-x', note: 'lap 3' });
    expect(list.cite({ article: 'a001-x' })).toEqual({ ref: 'a001-x' });
    expect(list.cite({ record: 'Site: page one', url: 'https://s.example/1' })).toEqual({ ref: 'site-page-one' });
    expect(list.cite({ url: 'https://s.example/1', record: 'Site: page one', note: 'n' })).toEqual({ ref: 'site-page-one', note: 'n' });
    expect(list.cite({ record: 'Site: page one', url: 'https://s.example/2' })).toEqual({ ref: 'site-page-one-2' });
    expect(list.cite({ record: 'Site: page one', url: 'https://s.example/3' })).toEqual({ ref: 'site-page-one-3' });
    expect(list.cite({ record: 'Site: page one', url: 'https://s.example/2', published: '2026-01-02' })).toEqual({ ref: 'site-page-one-4' });
    expect(list.rows).toEqual([
      { id: 'a001-x', article: 'a001-x' },
      { id: 'site-page-one', record: 'Site: page one', url: 'https://s.example/1' },
      { id: 'site-page-one-2', record: 'Site: page one', url: 'https://s.example/2' },
      { id: 'site-page-one-3', record: 'Site: page one', url: 'https://s.example/3' },
      { id: 'site-page-one-4', record: 'Site: page one', url: 'https://s.example/2', published: '2026-01-02' },
    ]);
  });
});

describe('the one layout', () => {
  it('puts keys in the schema’s order, down to sources and lap ranges, and keeps unknown keys last', () => {
    const race = { zzz: 1, sources: [{ note: 'n', url: 'u', record: 'r' }, { note: 'x', article: 'a' }], name: 'N', id: 'i', events: [{ lapRange: [2, 1], lap: 1, id: 'e' }] };
    const ordered = inSchemaOrder(race, raceSchema as never);
    expect(JSON.stringify(ordered)).toBe('{"id":"i","name":"N","events":[{"id":"e","lap":1,"lapRange":[2,1]}],"sources":[{"record":"r","url":"u","note":"n"},{"article":"a","note":"x"}],"zzz":1}');
    expect(inSchemaOrder('x', raceSchema as never)).toBe('x');
    expect(inSchemaOrder({ sources: [{ odd: 1, note: 'n' }] }, raceSchema as never)).toEqual({ sources: [{ odd: 1, note: 'n' }] });
    expect(JSON.stringify(inSchemaOrder({ sources: [{ odd: 1, note: 'n' }] }, raceSchema as never))).toBe('{"sources":[{"odd":1,"note":"n"}]}');
  });
});
