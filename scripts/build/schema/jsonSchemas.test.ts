/**
 * The data files' JSON Schemas (scripts/build/schema/jsonSchemas.mjs, `npm run schema`): committed
 * and current, every field described, and saying what the app's own validation says, checked with
 * a standard JSON Schema validator (Ajv) as an editor would use them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import * as v from 'valibot';
import { raceSchema } from '../../../src/data/schema';
import { DATA_FILES, editorSettingsText, jsonSchemas, schemaFileText } from './jsonSchemas.mjs';
import { DESCRIPTIONS } from './descriptions.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');
const schemas = jsonSchemas();
/** A JSON Schema node, as far as these tests read it. */
type Node = { [key: string]: unknown; properties?: Record<string, Node>; items?: Node; anyOf?: Node[]; $defs?: Record<string, Node>; description?: string };
const schemaOf = (file: string) => schemas.find((s) => s.file === file)!.schema as Node;
/** The value at a path of keys in a schema. */
const at = (node: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((n, key) => (n as Record<string, unknown> | undefined)?.[key], node);
const raceFiles = readdirSync(resolve(ROOT, 'src/data/races')).map((id) => `src/data/races/${id}/race.json`);

/** A validator over one file's schema, as an editor checks a file while it is typed. */
function validatorOf(file: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  return ajv.compile(schemaOf(file));
}

describe('the committed JSON Schemas', () => {
  it('are what the app’s schemas give now (run `npm run schema` and commit when this fails)', () => {
    for (const { file, schema } of schemas) expect(read(`src/data/schemas/${file}`), file).toBe(schemaFileText(schema));
  });

  it('are mapped to their files for the editor, and every mapped file exists', () => {
    expect(read('.vscode/settings.json')).toBe(editorSettingsText(DATA_FILES.map(({ file, matches }) => ({ fileMatch: matches, url: `./src/data/schemas/${file}` }))));
    expect(DATA_FILES.map((f) => f.file)).toEqual(['race.schema.json', 'quotes.schema.json', 'articles.schema.json', 'site.schema.json']);
    expect(raceFiles.length).toBeGreaterThan(0);
    for (const path of ['src/data/quotes.json', 'src/data/articles.json', 'src/data/site.json']) expect(() => read(path)).not.toThrow();
  });
});

describe('a schema', () => {
  /** Every property of a schema, its path and node, through objects, lists, unions and definitions. */
  function properties(node: Node, path: string, out: [string, Node][] = []) {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      out.push([`${path}.${key}`, child]);
      properties(child, `${path}.${key}`, out);
    }
    if (node.items) properties(node.items, `${path}[]`, out);
    for (const variant of node.anyOf ?? []) properties(variant, path, out);
    for (const [name, def] of Object.entries(node.$defs ?? {})) properties(def, name, out);
    return out;
  }

  it('describes every field in words, and every description names a field', () => {
    const all = schemas.flatMap(({ file, schema }) => properties(schema as Node, file));
    expect(all.length).toBeGreaterThan(150);
    for (const [path, node] of all) expect(node.description, path).toMatch(/\w{3,}/);
    for (const { schema } of schemas) expect((schema as Node).description).toMatch(/\w{3,}/);
    // The walk in jsonSchemas.mjs refuses a stale entry; this side says the list is not padded.
    expect(new Set(all.map(([path]) => path.replace(/^[a-z]+\.schema\.json/, ''))).size).toBeLessThanOrEqual(Object.keys(DESCRIPTIONS).length);
  });

  it('lists the values a field may take', () => {
    const race = schemaOf('race.schema.json');
    expect(at(race, '$defs', 'eventKind', 'enum')).toEqual(['contact', 'caution', 'pit', 'leader', 'finish']);
    expect(at(race, '$defs', 'certainty', 'enum')).toEqual(['exact', 'approximate', 'inferred']);
    expect(at(race, '$defs', 'afterRace', 'properties', 'kind', 'enum')).toEqual(['penalty', 'disqualification', 'amended-result', 'appeal', 'milestone']);
    expect(at(schemaOf('quotes.schema.json'), '$defs', 'quote', 'properties', 'said', 'properties', 'when', 'enum')).toEqual(['during-race', 'after-race', 'days-after', 'before-race']);
  });

  it('marks what is required, and only that', () => {
    const race = schemaOf('race.schema.json');
    expect(race.required).toEqual(expect.arrayContaining(['id', 'name', 'series', 'date', 'track', 'scheduledLaps', 'lapsRun', 'stages', 'winner', 'drivers', 'events', 'sources']));
    for (const optional of ['$schema', 'shortName', 'champion', 'results', 'afterRace']) expect(race.required).not.toContain(optional);
    expect(at(race, '$defs', 'event', 'required')).toEqual(expect.arrayContaining(['id', 'lap', 'certainty', 'kind', 'title', 'description', 'drivers', 'sources']));
    expect(at(race, '$defs', 'event', 'required')).not.toContain('lapRange');
  });

  it('carries only the shared parts its file uses', () => {
    expect(schemaOf('site.schema.json').$defs).toBeUndefined();
    expect(Object.keys(schemaOf('articles.schema.json').$defs ?? {})).toEqual(['article']);
    expect(Object.keys(schemaOf('race.schema.json').$defs ?? {})).not.toContain('quote');
  });
});

describe('what the schemas accept', () => {
  it('every shipped data file, as the app’s validation does', () => {
    const race = validatorOf('race.schema.json');
    for (const path of raceFiles) expect(race(JSON.parse(read(path))), `${path}: ${JSON.stringify(race.errors?.slice(0, 3))}`).toBe(true);
    for (const [file, path] of [
      ['quotes.schema.json', 'src/data/quotes.json'],
      ['articles.schema.json', 'src/data/articles.json'],
      ['site.schema.json', 'src/data/site.json'],
    ] as const) {
      const check = validatorOf(file);
      expect(check(JSON.parse(read(path))), `${path}: ${JSON.stringify(check.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it('a $schema line, in the editor and in the app alike', () => {
    const race = { $schema: '../../schemas/race.schema.json', ...JSON.parse(read(raceFiles[0]!)) };
    expect(validatorOf('race.schema.json')(race)).toBe(true);
    expect(v.safeParse(raceSchema, race).success).toBe(true);
  });

  it('and refuses the mistakes a journalist makes while typing, as the app does', () => {
    const shipped = JSON.parse(read(raceFiles[0]!));
    const race = validatorOf('race.schema.json');
    const mistakes: [string, Record<string, unknown>][] = [
      ['a lap typed as text', { ...shipped, lapsRun: '150' }],
      ['a field the format does not know', { ...shipped, winnner: shipped.winner }],
      ['a required field left out', Object.fromEntries(Object.entries(shipped).filter(([key]) => key !== 'events'))],
      ['an id with capitals', { ...shipped, id: 'Phoenix-2023' }],
      ['a date written another way', { ...shipped, date: '11/03/2023' }],
      ['a kind not in the list', { ...shipped, events: [{ ...shipped.events[0], kind: 'crash' }] }],
      ['an event with no source', { ...shipped, events: [{ ...shipped.events[0], sources: [] }] }],
      ['an empty title', { ...shipped, events: [{ ...shipped.events[0], title: '' }] }],
    ];
    for (const [mistake, data] of mistakes) {
      expect(race(data), mistake).toBe(false);
      expect(v.safeParse(raceSchema, data).success, mistake).toBe(false);
    }
  });
});
