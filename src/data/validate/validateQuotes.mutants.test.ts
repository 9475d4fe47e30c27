/**
 * The quote checks on a file the schema has partly refused: a quote or a remark of the wrong shape
 * is reported once (by the schema), never trips the checks that follow, and is left out of what
 * passed, whatever its place in the list.
 */
import { formatDataError } from './errors';
import { QUOTES_FILE as FILE, quoteContext, validQuote as quote } from '../fixtures/quotes';
import { validateQuotes } from './validateQuotes';

// Every race loaded: nothing failed.
const context = () => quoteContext({ failedRaceIds: new Set() });
const remark = (changes: Record<string, unknown> = {}) => ({
  id: 'owe-him',
  speaker: 'Bob Baker',
  variants: [
    { quote: 'baker-messed-up', excerpt: 'owe him one' },
    { quote: 'able-racing', excerpt: 'It is racing' },
  ],
  ...changes,
});
const able = () => quote({ id: 'able-racing', speaker: 'ann-able', text: 'It is racing,' });
const run = (json: unknown) => validateQuotes(FILE, json, context());
const paths = (json: unknown) => run(json).errors.map((e) => e.path);

describe('validateQuotes: quotes the schema refused', () => {
  it('reports a quote that is null or not an object once, and checks the others', () => {
    expect(paths({ quotes: [null, quote()], remarks: [] })).toEqual(['quotes.0']);
    expect(paths({ quotes: ['text', quote()], remarks: [] })).toEqual(['quotes.0']);
    expect(run({ quotes: [null, quote()], remarks: [] }).quotes.quotes).toEqual([quote()]);
  });

  it('does not look for a text that is not text in its article', () => {
    expect(paths({ quotes: [quote({ text: 42 })], remarks: [] })).toEqual(['quotes.0.text']);
  });

  it('does not take a text that is not text for the words a remark variant names', () => {
    const result = run({ quotes: [quote({ text: 42 }), able()], remarks: [remark()] });
    expect(result.errors.map(formatDataError)).toEqual([
      expect.stringMatching(/^quotes\.json: quotes\.0\.text: /),
      expect.stringMatching(/^quotes\.json: remarks\.0\.variants\.0\.quote: unknown quote "baker-messed-up"/),
    ]);
    expect(result.quotes).toEqual({ quotes: [able()], remarks: [] });
  });

  it('still checks the date a quote was said when the schema refused something else', () => {
    const late = quote({ said: { when: 'days-after', date: '2024-05-03' } });
    expect(run({ quotes: [late, { ...able(), extra: 1 }], remarks: [] }).errors.map(formatDataError)).toEqual([
      expect.stringMatching(/^quotes\.json: quotes\.1\.extra: unknown field "extra"/),
      'quotes.json: quotes.0.said.date: 2024-05-03 is after the article was published (2024-05-02)',
    ]);
  });

  it('does not check the timing of a quote the schema refused', () => {
    const refused = quote({ extra: 1, said: { when: 'days-after', published: '2024-06-01' } });
    expect(paths({ quotes: [refused], remarks: [] })).toEqual(['quotes.0.extra']);
    const kept = quote({ said: { when: 'days-after', published: '2024-06-01' } });
    expect(paths({ quotes: [kept], remarks: [] })).toEqual(['quotes.0.said.published']);
  });

  it('leaves out exactly the refused quote, even past the tenth', () => {
    const many = Array.from({ length: 12 }, (_, k) => quote({ id: `quote-${String.fromCharCode(97 + k)}` }));
    const refused = { ...quote({ id: 'quote-m' }), extra: 1 };
    const result = run({ quotes: [...many, refused], remarks: [] });
    expect(result.errors.map((e) => e.path)).toEqual(['quotes.12.extra']);
    expect(result.quotes.quotes.map((q) => q.id)).toEqual(many.map((q) => q.id));
  });
});

describe('validateQuotes: remarks the schema refused', () => {
  it('reports a remark that is null once, and keeps none of it', () => {
    const result = run({ quotes: [quote(), able()], remarks: [null, remark()] });
    expect(result.errors.map((e) => e.path)).toEqual(['remarks.0']);
    expect(result.quotes.remarks).toEqual([remark()]);
  });

  it('leaves out a remark whose shape was refused, though its variants are all there', () => {
    const result = run({ quotes: [quote(), able()], remarks: [{ ...remark(), extra: 1 }, remark({ id: 'second' })] });
    expect(result.errors.map((e) => e.path)).toEqual(['remarks.0.extra']);
    expect(result.quotes.remarks).toEqual([remark({ id: 'second' })]);
  });

  it('leaves out exactly the refused remark, even past the tenth', () => {
    const many = Array.from({ length: 11 }, (_, k) => remark({ id: `remark-${String.fromCharCode(97 + k)}` }));
    const result = run({ quotes: [quote(), able()], remarks: [...many, { ...remark({ id: 'remark-l' }), extra: 1 }] });
    expect(result.errors.map((e) => e.path)).toEqual(['remarks.11.extra']);
    expect(result.quotes.remarks.map((r) => r.id)).toEqual(many.map((r) => r.id));
  });

  it('leaves out a remark whose variants are not a list', () => {
    const result = run({ quotes: [quote(), able()], remarks: [remark({ variants: 'none' }), remark({ id: 'second' })] });
    expect(result.errors.map((e) => e.path)).toEqual(['remarks.0.variants']);
    expect(result.quotes.remarks).toEqual([remark({ id: 'second' })]);
  });
});
