/**
 * The plain-words messages at their edges: a union at the root or with one option, a variant (not a
 * union), a field that may be nothing, validation messages the schema does not word, what a value of
 * a piped schema is described as, and the type hints of a spreadsheet export.
 */
import * as v from 'valibot';
import { describe as describeSchema, parseWithErrors } from './schemaIssues';

const messages = (schema: v.GenericSchema, json: unknown) => parseWithErrors('f.json', schema, json).errors.map((e) => `${e.path}: ${e.message}`);

const article = v.strictObject({ article: v.pipe(v.string(), v.regex(/^[a-z]+$/, 'must be a lower-case word')), note: v.optional(v.string()) });
const record = v.strictObject({ record: v.string(), url: v.string(), note: v.optional(v.string()) });

describe('parseWithErrors: unions', () => {
  it('gives the paths of a union at the root without a leading dot', () => {
    expect(messages(v.union([article, record]), { article: 5 })).toEqual(['article: must be a lower-case word, not the number 5: write "5" in quotation marks (a source is { "article": … } or { "record": …, "url": … })']);
  });

  it('on a tie in problems, prefers the option whose fields were given, counting only those given', () => {
    // { article, url }: as an article, a bad id and an unknown url; as a record, no record and an unknown article.
    expect(messages(v.union([article, record]), { article: 'Bad', url: 'https://example.org/a' })).toEqual([
      'article: must be a lower-case word (a source is { "article": … } or { "record": …, "url": … })',
      'url: unknown field "url" (a source is { "article": … } or { "record": …, "url": … })',
    ]);
  });

  it('explains a variant (not a union) in its own words, not by its closest option', () => {
    const variant = v.strictObject({ s: v.variant('kind', [v.strictObject({ kind: v.literal('a'), n: v.number() }), v.strictObject({ kind: v.literal('b'), t: v.string() })]) });
    const [message] = messages(variant, { s: { kind: 'c' } });
    expect(message).toMatch(/^s\.kind: /);
    expect(message).not.toMatch(/a source is/);
  });

  it('says a null given for a source is null', () => {
    expect(messages(v.strictObject({ sources: v.array(v.union([article, record])) }), { sources: [null] })).toEqual(['sources.0: must be a source, not null']);
  });
});

describe('parseWithErrors: fields', () => {
  it('lists no fields for an unknown field of an object that has none', () => {
    expect(messages(v.strictObject({}), { zzzz: 1 })).toEqual(['zzzz: unknown field "zzzz"']);
  });

  it('does not take a value that must be nothing for an unknown field', () => {
    expect(messages(v.object({ a: v.never() }), { a: 1 })).toEqual(['a: must be never, not the number 1']);
  });

  it('keeps the message of a check it has no words for', () => {
    expect(messages(v.strictObject({ t: v.pipe(v.string(), v.maxLength(3)) }), { t: 'abcdef' })).toEqual(['t: Invalid length: Expected <=3 but received 6']);
  });
});

describe('parseWithErrors: type hints', () => {
  const schema = v.strictObject({ n: v.optional(v.number()), flag: v.optional(v.boolean()), t: v.optional(v.string()) });

  it('tells to write a number written as text without its quotation marks, trimmed', () => {
    expect(messages(schema, { n: ' 38 ' })).toEqual(['n: must be a number, not the text " 38 ": write 38 without quotation marks']);
  });

  it('gives no hint for blank text where a number goes', () => {
    expect(messages(schema, { n: '  ' })).toEqual(['n: must be a number, not the text "  "']);
  });

  it('gives no number hint where true or false goes', () => {
    expect(messages(schema, { flag: '12' })).toEqual(['flag: must be true or false, not the text "12"']);
  });

  it('gives no quotation-marks hint for a value that is not a number where text goes', () => {
    expect(messages(schema, { t: true })).toEqual(['t: must be text in quotation marks, not true']);
    expect(messages(schema, { t: 7 })).toEqual(['t: must be text in quotation marks, not the number 7: write "7" in quotation marks']);
  });
});

describe('describe', () => {
  it('tells a whole number from a number by the integer check alone', () => {
    expect(describeSchema(v.pipe(v.number(), v.integer()))).toBe('a whole number');
    expect(describeSchema(v.pipe(v.number(), v.minValue(1)))).toBe('a number');
    expect(describeSchema(v.pipe(v.pipe(v.number(), v.integer()), v.minValue(1)))).toBe('a whole number');
  });

  it('uses only a regex message, and drops only a leading "must be "', () => {
    expect(describeSchema(v.pipe(v.string(), v.minLength(1, 'must be given')))).toBe('text in quotation marks');
    expect(describeSchema(v.pipe(v.string(), v.minLength(1)))).toBe('text in quotation marks');
    expect(describeSchema(v.pipe(v.string(), v.regex(/^[a-z]+$/, 'a slug: it must be lower case')))).toBe('a slug: it must be lower case');
  });

  it('looks inside an optional value only, not any schema that wraps another', () => {
    expect(describeSchema(v.optional(v.number()))).toBe('a number');
    expect(describeSchema(v.nullable(v.number()))).toBe('nullable');
  });
});
