/**
 * valibot's problems in plain words, case by case, on small schemas: what a field may be (from the
 * schema itself), what was given instead, the likely field or the fields there are, the closest shape
 * of a union; a message the schema words itself is kept.
 */
import * as v from 'valibot';
import { describe as describeSchema, parseWithErrors, schemaAt } from './schemaIssues';

const slug = v.pipe(v.string(), v.regex(/^[a-z]+$/, 'must be a lower-case word such as "lap"'));
const source = v.union([v.strictObject({ article: slug, note: v.optional(v.string()) }), v.strictObject({ record: v.string(), url: v.string(), note: v.optional(v.string()) })]);
const schema = v.strictObject({
  id: slug,
  lap: v.pipe(v.number(), v.integer(), v.minValue(1)),
  share: v.optional(v.pipe(v.number(), v.maxValue(1))),
  kind: v.picklist(['contact', 'caution']),
  key: v.optional(v.boolean()),
  date: v.optional(v.pipe(v.string(), v.isoDate())),
  name: v.optional(v.pipe(v.string(), v.minLength(1))),
  range: v.optional(v.tuple([v.number(), v.number()])),
  tags: v.optional(v.pipe(v.array(v.string()), v.minLength(2))),
  track: v.optional(v.strictObject({ name: v.string() })),
  sources: v.optional(v.array(source)),
});
const valid = { id: 'a', lap: 3, kind: 'contact' };
/** The problems with `valid` changed, as "path: message". */
const problems = (changes: Record<string, unknown>, drop: string[] = []) => {
  const json: Record<string, unknown> = { ...valid, ...changes };
  for (const key of drop) delete json[key];
  return parseWithErrors('f.json', schema, json).errors.map((e) => `${e.path}: ${e.message}`);
};

describe('parseWithErrors', () => {
  it('passes valid data through, transformed, with no problem', () => {
    expect(parseWithErrors('f.json', v.strictObject({ t: v.pipe(v.string(), v.trim()) }), { t: ' x ' })).toEqual({ output: { t: 'x' }, errors: [] });
  });

  it.each<[string, Record<string, unknown>, string[], string[]]>([
    ['a missing field', {}, ['kind'], ['kind: missing field "kind" (one of "contact", "caution")']],
    ['a missing reference', {}, ['id'], ['id: missing field "id" (a lower-case word such as "lap")']],
    ['an unknown field near a known one', { lapp: 2 }, [], ['lapp: unknown field "lapp": did you mean "lap"?']],
    ['an unknown field like no other', { banking: 2 }, [], ['banking: unknown field "banking" (the fields here are id, lap, share, kind, key, date, name, range, tags, track, sources)']],
    ['text where a number goes', { lap: '38' }, [], ['lap: must be a whole number, not the text "38": write 38 without quotation marks']],
    ['words where a number goes', { lap: 'three' }, [], ['lap: must be a whole number, not the text "three"']],
    ['a list where a number goes', { lap: [3] }, [], ['lap: must be a whole number, not a list']],
    ['an object where a number goes', { lap: { n: 3 } }, [], ['lap: must be a whole number, not an object']],
    ['null where a number goes', { lap: null }, [], ['lap: must be a whole number, not null']],
    ['true where a number goes', { lap: true }, [], ['lap: must be a whole number, not true']],
    ['a number where text goes', { id: 24 }, [], ['id: must be a lower-case word such as "lap", not the number 24: write "24" in quotation marks']],
    ['text where true or false goes', { key: 'yes' }, [], ['key: must be true or false, not the text "yes"']],
    ['a number where a list goes', { tags: 2 }, [], ['tags: must be a list [ … ], not the number 2']],
    ['text where an object goes', { track: 'Phoenix' }, [], ['track: must be an object { … }, not the text "Phoenix"']],
    ['a pair with one item', { range: [1] }, [], ['range.1: must be a number, not nothing']],
    ['text where a pair goes', { range: 'x' }, [], ['range: must be a list of 2 items [ … ], not the text "x"']],
    ['a value not among the choices', { kind: 'crash' }, [], ['kind: "crash" is not allowed here: use one of "contact", "caution"']],
    ['a fraction where a whole number goes', { lap: 2.5 }, [], ['lap: must be a whole number, not 2.5']],
    ['a number under the minimum', { lap: 0 }, [], ['lap: must be at least 1, not 0']],
    ['a number over the maximum', { share: 2 }, [], ['share: must be at most 1, not 2']],
    ['a list too short', { tags: ['a'] }, [], ['tags: needs at least 2 items']],
    ['an empty text', { name: '' }, [], ['name: must not be empty']],
    ['a date that is not one', { date: '1 May' }, [], ['date: must be an ISO date such as 2023-11-03, not "1 May"']],
    ['a message the schema words itself', { id: 'A' }, [], ['id: must be a lower-case word such as "lap"']],
    ['a source with a field of the other kind', { sources: [{ record: 'r', url: 'u', article: 'a' }] }, [], ['sources.0.article: unknown field "article" (a source is { "article": … } or { "record": …, "url": … })']],
    ['a source missing its address', { sources: [{ record: 'r' }] }, [], ['sources.0.url: missing field "url" (text in quotation marks) (a source is { "article": … } or { "record": …, "url": … })']],
    ['a source that is text', { sources: ['an article'] }, [], ['sources.0: must be a source, not the text "an article"']],
  ])('words %s', (_name, changes, drop, expected) => {
    expect(problems(changes, drop)).toEqual(expected);
  });

  it('needs at least 1 item: one item, not items', () => {
    const one = v.strictObject({ list: v.pipe(v.array(v.string()), v.minLength(1)) });
    expect(parseWithErrors('f', one, { list: [] }).errors.map((e) => e.message)).toEqual(['needs at least 1 item']);
  });
});

describe('schemaAt and describe', () => {
  it('finds the schema of a path through objects, lists, optional values and pairs', () => {
    expect(schemaAt(schema as never, 'sources.0')?.type).toBe('union');
    expect(schemaAt(schema as never, 'range.1')?.type).toBe('number');
    expect(schemaAt(schema as never, 'track.name')?.type).toBe('string');
    expect(schemaAt(schema as never, '')).toBe(schema);
    expect(schemaAt(schema as never, 'nothing.here')).toBeUndefined();
  });

  it('says what a value may be', () => {
    expect(describeSchema(v.optional(v.number()) as never)).toBe('a number');
    expect(describeSchema(v.string() as never)).toBe('text in quotation marks');
    expect(describeSchema(v.pipe(v.string(), v.isoDate()) as never)).toBe('an ISO date such as 2023-11-03');
    expect(describeSchema(v.object({}) as never)).toBe('an object { … }');
    expect(describeSchema(v.null() as never)).toBe('null');
  });
});
