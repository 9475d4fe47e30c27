// What `npm run validate` and the build say about a file that is not valid JSON, and on which line
// they put a problem (scripts/build/data-check.mjs reads the files itself, with their positions).
import { describe, expect, it } from 'vitest';
import { lineOf, readJsonText } from './data-check.mjs';

describe('a data file that is not valid JSON', () => {
  it.each([
    ['a trailing comma in a list', '{\n  "drivers": [\n    { "id": "a" },\n  ]\n}', 4, 3, 'not valid JSON (trailing comma: remove the comma before it)'],
    ['a trailing comma in an object', '{\n  "id": "a",\n}', 3, 1, 'not valid JSON (trailing comma: remove the comma before it)'],
    ['a missing comma', '{\n  "id": "a"\n  "name": "b"\n}', 3, 3, 'not valid JSON (a comma is missing before this)'],
    ['a missing colon', '{ "id" "a" }', 1, 8, 'not valid JSON (a colon is missing after the field name)'],
    ['text in single quotation marks', "{ \"id\": 'a' }", 1, 9, 'not valid JSON (text and field names need straight double quotation marks ("))'],
    ['text in curly quotation marks (a word processor)', '{ "id": “a” }', 1, 9, 'not valid JSON (text and field names need straight double quotation marks ("))'],
    ['a comment', '{\n  // the race\n  "id": "a"\n}', 2, 3, 'not valid JSON (comments are not allowed in JSON)'],
    ['a list never closed', '{ "drivers": [1, 2', 1, 19, 'not valid JSON (a ] is missing)'],
  ])('reports %s at its line and column, in words', (_name, text, line, column, message) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(readJsonText(text).problem).toEqual({ line, column, message });
  });

  it('reads a valid file, with nothing to report', () => {
    const file = readJsonText('{ "id": "a", "events": [{ "lap": 1 }] }');
    expect(file.problem).toBeUndefined();
    expect(file.json).toEqual({ id: 'a', events: [{ lap: 1 }] });
  });
});

describe('the line of a problem', () => {
  const file = readJsonText('{\n  "id": "a",\n  "events": [\n    {\n      "id": "x",\n      "lap": 120\n    }\n  ]\n}\n');

  it('is the line of the field named by the path', () => {
    expect(lineOf(file, 'events.0.lap')).toBe(6);
    expect(lineOf(file, 'events.0')).toBe(4);
    expect(lineOf(file, 'id')).toBe(2);
  });

  it('for a field that is missing, is the line of the item it is missing from, or the file’s first', () => {
    expect(lineOf(file, 'events.0.certainty')).toBe(4);
    expect(lineOf(file, 'winner')).toBe(1);
  });

  it('is none for the file as a whole', () => {
    expect(lineOf(file, '')).toBeUndefined();
  });
});
