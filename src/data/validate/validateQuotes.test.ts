/**
 * The quote checks, rule by rule: verbatim means exactly (case, spaces and all), every link
 * resolves, a remark made before a race is never a reaction to it, and each variant of a remark is
 * part of its quote. Each broken case gives exactly its own error; the nearest valid case passes.
 */
import { formatDataError } from './errors';
import { QUOTES_FILE as FILE, quoteContext as context, validQuote as quote } from '../fixtures/quotes';
import { validateQuotes, type QuoteContext } from './validateQuotes';

const errorsOf = (json: unknown, ctx = context()) => validateQuotes(FILE, json, ctx).errors.map(formatDataError);
const quotesErrors = (quotes: unknown[], remarks: unknown[] = [], ctx = context()) => errorsOf({ quotes, remarks }, ctx);

describe('validateQuotes: verbatim', () => {
  it('accepts a quote found exactly in its article, and returns the file as parsed', () => {
    const file = { quotes: [quote(), quote({ id: 'able-racing', speaker: 'Ann Able', text: 'It is racing,' })], remarks: [] };
    expect(validateQuotes(FILE, file, context())).toEqual({ quotes: file, errors: [] });
  });

  it.each([
    ['matches only when case is ignored', 'I messed up there, and I  owe him one.'],
    ['has its spaces tidied', 'I Messed Up there, and I owe him one.'],
    ['has straight quotes for curly ones', '"I Messed Up there, and I  owe him one."'],
    ['runs on past the article\'s words', 'I Messed Up there, and I  owe him one. Really.'],
    ['is paraphrased', 'I messed up and owe him.'],
  ])('refuses a quote that %s', (_name, text) => {
    expect(quotesErrors([quote({ text })])).toEqual(['quotes.json: quotes.0.text: is not found verbatim in article "fixture-article": copy the words exactly as the article has them (it is left out until then)']);
  });

  it('accepts the article\'s first and last words as a quote', () => {
    expect(quotesErrors([quote({ text: 'Baker said:' }), quote({ id: 'end', text: 'she said.' })])).toEqual([]);
  });

  it('reports an unknown article once, without a second complaint about the text', () => {
    expect(quotesErrors([quote({ article: 'no-such-article' })])).toEqual(['quotes.json: quotes.0.article: unknown article "no-such-article"']);
  });

  it('reports a quote id used twice, at the second use', () => {
    expect(quotesErrors([quote(), quote({ text: 'It is racing,' })])).toEqual(['quotes.json: quotes.1.id: "baker-messed-up" is used twice: first by quotes[0]']);
  });
});

describe('validateQuotes: what failed is never shown', () => {
  it('leaves out a quote that is not verbatim, or whose article is unknown, and a remark with a variant of it; keeps the rest', () => {
    const good = quote({ id: 'able-racing', speaker: 'Ann Able', text: 'It is racing,' });
    const file = {
      quotes: [quote({ text: 'I messed up and owe him.' }), good, quote({ id: 'lost', article: 'no-such-article' })],
      remarks: [
        { id: 'with-the-bad-one', speaker: 'bob-baker', variants: [{ quote: 'baker-messed-up', excerpt: 'I messed' }, { quote: 'able-racing', excerpt: 'It is' }] },
        { id: 'all-good', speaker: 'Ann Able', variants: [{ quote: 'able-racing', excerpt: 'It is' }, { quote: 'able-racing', excerpt: 'racing' }] },
      ],
    };
    const { quotes, errors } = validateQuotes(FILE, file, context());
    expect(errors.map((e) => e.path)).toEqual(['quotes.0.text', 'quotes.2.article']);
    expect(quotes.quotes).toEqual([good]);
    expect(quotes.remarks.map((r) => r.id)).toEqual(['all-good']);
  });

  it('leaves out a quote the schema refused, and keeps the others', () => {
    const good = quote({ id: 'able-racing', speaker: 'Ann Able', text: 'It is racing,' });
    const { quotes, errors } = validateQuotes(FILE, { quotes: [quote({ speaker: '' }), good], remarks: [] }, context());
    expect(errors.map(formatDataError)).toEqual(['quotes.json: quotes.0.speaker: must not be empty']);
    expect(quotes.quotes).toEqual([good]);
  });

  it('names a quote in its path by its id', () => {
    expect(validateQuotes(FILE, { quotes: [quote({ text: 'Not said.' })], remarks: [] }, context()).errors.map((e) => e.where)).toEqual(['quotes[0] baker-messed-up .text']);
  });
});

describe('validateQuotes: dates and links', () => {
  it('refuses a quote said after its article was published, and accepts one said that day', () => {
    expect(quotesErrors([quote({ said: { when: 'days-after', date: '2024-05-03' } })])).toEqual([
      'quotes.json: quotes.0.said.date: 2024-05-03 is after the article was published (2024-05-02)',
    ]);
    expect(quotesErrors([quote({ said: { when: 'days-after', date: '2024-05-02' } })])).toEqual([]);
  });

  it('cannot date-check a quote against an undated article, or without article metadata', () => {
    const undated = context({ articleMeta: new Map([['fixture-article', { race: 'mini-2024' }]]) });
    expect(quotesErrors([quote({ said: { when: 'days-after', date: '2030-01-01' } })], [], undated)).toEqual([]);
    expect(quotesErrors([quote({ said: { when: 'days-after', date: '2030-01-01' } })], [], context({ articleMeta: undefined }))).toEqual([]);
  });

  it('reports a link to an unknown race or an unknown incident, naming the link', () => {
    const events = [
      { race: 'mini-2024', event: 'tangle' },
      { race: 'daytona-1979', event: 'tangle' },
      { race: 'mini-2024', event: 'ghost' },
    ];
    expect(quotesErrors([quote({ events })])).toEqual([
      'quotes.json: quotes.0.events.1.race: unknown race "daytona-1979"',
      'quotes.json: quotes.0.events.2.event: unknown event "ghost" in race "mini-2024"',
    ]);
  });

  it('does not report links into a race that failed its own checks again', () => {
    expect(quotesErrors([quote({ events: [{ race: 'broken-2020', event: 'anything' }] })])).toEqual([]);
  });
});

describe('validateQuotes: a remark made before a race is never a reaction to it', () => {
  const beforeError = 'quotes.json: quotes.0.events.0.relation: the quote was said before race "mini-2024" (2024-05-01): link it as "background", never as a reaction';

  it.each<[string, Record<string, unknown>, QuoteContext | undefined]>([
    ['said before the race in an article about it', { when: 'before-race' }, undefined],
    ['said before the race, in an article of unknown race', { when: 'before-race' }, context({ articleMeta: undefined })],
    ['dated the day before the race', { when: 'after-race', date: '2024-04-30' }, undefined],
  ])('refuses a reaction %s', (_name, said, ctx) => {
    expect(quotesErrors([quote({ said })], [], ctx)).toEqual([beforeError]);
    expect(quotesErrors([quote({ said, events: [{ race: 'mini-2024', event: 'tangle', relation: 'reaction' }] })], [], ctx)).toEqual([beforeError]);
    expect(quotesErrors([quote({ said, events: [{ race: 'mini-2024', event: 'tangle', relation: 'background' }] })], [], ctx)).toEqual([]);
  });

  it.each<[string, Record<string, unknown> | undefined, QuoteContext | undefined]>([
    ['with no timing given', undefined, undefined],
    ['said on race day', { when: 'during-race', date: '2024-05-01' }, undefined],
    ['said after the race, undated', { when: 'after-race' }, undefined],
    ['said "before the race" of another race, in an article about that one', { when: 'before-race' }, context({ articleMeta: new Map([['fixture-article', { race: 'other-2025', date: '2024-05-02' }]]) })],
  ])('accepts a reaction %s', (_name, said, ctx) => {
    expect(quotesErrors([quote(said ? { said } : {})], [], ctx)).toEqual([]);
  });
});

describe('validateQuotes: remarks reported in several wordings', () => {
  const two = [quote(), quote({ id: 'able-racing', speaker: 'Ann Able', text: 'It is racing,' })];
  const remark = (variants: unknown[]) => ({ id: 'owe-him', speaker: 'bob-baker', variants });

  it('accepts variants that are parts of their quotes', () => {
    expect(quotesErrors(two, [remark([{ quote: 'baker-messed-up', excerpt: 'owe him one' }, { quote: 'able-racing', excerpt: 'It is racing,' }])])).toEqual([]);
  });

  it('reports a variant naming an unknown quote, or an excerpt that is not in its quote', () => {
    expect(
      quotesErrors(two, [
        remark([{ quote: 'baker-messed-up', excerpt: 'owe him one' }, { quote: 'ghost', excerpt: 'owe him one' }]),
        remark([{ quote: 'baker-messed-up', excerpt: 'owe her one' }, { quote: 'able-racing', excerpt: 'racing' }]),
      ]),
    ).toEqual([
      'quotes.json: remarks.0.variants.1.quote: unknown quote "ghost"',
      'quotes.json: remarks.1.variants.0.excerpt: is not part of quote "baker-messed-up"',
    ]);
  });

  it('refuses a remark with a single wording', () => {
    expect(quotesErrors(two, [remark([{ quote: 'baker-messed-up', excerpt: 'owe him one' }])])).toEqual([
      'quotes.json: remarks.0.variants: a remark with variants needs at least two',
    ]);
  });
});

describe('validateQuotes: the shape', () => {
  it('names the path of a schema error and returns no quotes', () => {
    const result = validateQuotes(FILE, { quotes: [quote({ text: '  ' })], remarks: [] }, context());
    expect(result.quotes).toEqual({ quotes: [], remarks: [] });
    expect(result.errors.map(formatDataError)).toEqual(['quotes.json: quotes.0.text: must not be empty']);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['an unknown relation', { events: [{ race: 'mini-2024', event: 'tangle', relation: 'reply' }] }, /^quotes\.json: quotes\.0\.events\.0\.relation: /],
    ['an unknown moment', { said: { when: 'later' } }, /^quotes\.json: quotes\.0\.said\.when: /],
    ['an unknown kind', { kind: 'written' }, /^quotes\.json: quotes\.0\.kind: /],
    ['a date that is not a date', { said: { when: 'after-race', date: 'May 1' } }, /^quotes\.json: quotes\.0\.said\.date: /],
    ['an id that is not a slug', { id: 'Baker Messed Up' }, /^quotes\.json: quotes\.0\.id: must be a kebab-case slug/],
  ])('refuses %s', (_name, changes, expected) => {
    expect(quotesErrors([quote(changes)])).toEqual([expect.stringMatching(expected)]);
  });

  it.each([
    ['every moment', ['during-race', 'after-race', 'days-after', 'before-race'].map((when, i) => quote({ id: `q-${i}`, said: { when, date: '2024-05-02' }, events: [{ race: 'mini-2024', event: 'tangle', relation: 'background' }] }))],
    ['both kinds', [quote({ kind: 'spoken' }), quote({ id: 'q-post', kind: 'post' })]],
  ])('accepts %s', (_name, quotes) => {
    expect(quotesErrors(quotes)).toEqual([]);
  });

  it('refuses a file that is not a quotes file at all', () => {
    expect(errorsOf('nonsense')).toEqual([expect.stringMatching(/^quotes\.json: \(root\): /)]);
    expect(errorsOf({ quotes: [] })).toEqual([expect.stringMatching(/^quotes\.json: remarks: /)]);
  });
});
