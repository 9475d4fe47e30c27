/**
 * The small helpers at their edges: every entity the articles may use, every form of a front
 * page, month counts on the day a month completes, and word diffs that must stay exact.
 */
import fc from 'fast-check';
import { monthsBetween, spanInWords } from './dates';
import { decodeEntities } from './decodeEntities';
import { isFrontPageUrl } from './frontPage';
import { capitalise } from './text';
import { wordDiff } from './wordDiff';

describe('decodeEntities, every reference', () => {
  it.each([
    ['&quot;', '"'],
    ['&amp;', '&'],
    ['&apos;', "'"],
    ['&lt;', '<'],
    ['&gt;', '>'],
    ['&nbsp;', '\u00a0'],
    ['&rsquo;', '\u2019'],
    ['&lsquo;', '\u2018'],
    ['&rdquo;', '\u201d'],
    ['&ldquo;', '\u201c'],
    ['&ndash;', '\u2013'],
    ['&mdash;', '\u2014'],
    ['&hellip;', '\u2026'],
    ['&AMP;', '&'],
    ['&Rsquo;', '\u2019'],
    ['&#65;', 'A'],
    ['&#x41;', 'A'],
    ['&#X41;', 'A'],
    ['&#x4a;&#x4A;', 'JJ'],
    ['&#x10FFFF;', '\u{10ffff}'],
    ['&#1;', '\u0001'],
  ])('decodes %s', (entity, text) => {
    expect(decodeEntities(`a${entity}b`)).toBe(`a${text}b`);
  });

  it.each(['&#x110000;', '&#0;', '&#x0;', '&#;', '&#x;', '&amp', '& amp;', '&am p;', '&#12a;', '&bogus;', '&#9999999999;'])('leaves %s as written', (text) => {
    expect(decodeEntities(`a${text}b`)).toBe(`a${text}b`);
  });

  it('decodes every reference in a text, not only the first', () => {
    expect(decodeEntities('&ldquo;Hi,&rdquo; he said &#8212; twice&hellip;')).toBe('\u201cHi,\u201d he said \u2014 twice\u2026');
  });
});

describe('isFrontPageUrl, every form', () => {
  it.each([
    'https://example.com/index.html',
    'https://example.com/index.htm',
    'https://example.com/INDEX.HTML',
    'https://example.com/index.php',
    'HTTPS://EXAMPLE.COM',
    'http://example.com///',
    'https://example.com/#top',
    'www.example.com/',
    'ftp://example.com',
  ])('flags %s', (url) => expect(isFrontPageUrl(url)).toBe(true));

  it.each([
    'https://example.com/a',
    'https://example.com/a/',
    'https://example.com/a/index.html',
    'https://example.com/index.php/story',
    'https://example.com/index.html?id=3',
    'https://example.com/xindex.html',
    'https://example.com/index.html5',
    'example.com/?p=1',
    'example.com/news',
  ])('accepts %s', (url) => expect(isFrontPageUrl(url)).toBe(false));
});

describe('months and spans', () => {
  it('counts a month once its day comes round, across years', () => {
    expect(monthsBetween('2024-05-01', '2024-05-31')).toBe(0);
    expect(monthsBetween('2024-05-01', '2024-06-01')).toBe(1);
    expect(monthsBetween('2024-05-15', '2024-06-14')).toBe(0);
    expect(monthsBetween('2024-12-20', '2025-01-20')).toBe(1);
    expect(monthsBetween('2024-05-02', '2024-05-01')).toBe(-1);
  });

  it('puts spans in words at each change of wording', () => {
    expect(spanInWords(-1)).toBe('days');
    expect(spanInWords(2)).toBe('2 months');
    expect(spanInWords(11)).toBe('11 months');
    expect(spanInWords(12)).toBe('about a year');
    expect(spanInWords(17)).toBe('about a year');
    expect(spanInWords(18)).toBe('about 2 years');
    expect(spanInWords(36)).toBe('about 3 years');
  });
});

describe('capitalise', () => {
  it('changes nothing but the first letter', () => {
    expect(capitalise('lap 5 of LAPS')).toBe('Lap 5 of LAPS');
    expect(capitalise('x')).toBe('X');
  });
});

describe('wordDiff, exactly', () => {
  const marked = (text: string, parts: { text: string; shared: boolean }[]) => {
    expect(parts.map((p) => p.text).join('')).toBe(text);
    return parts.map((p) => (p.shared ? p.text : `[${p.text}]`)).join('');
  };

  it('marks the words of each wording the other lacks, keeping spaces with the run before', () => {
    const a = 'He raced me that way since I was 5';
    const b = 'He has raced me like that since I was five';
    const diff = wordDiff(a, b);
    expect(marked(a, diff.a)).toBe('He raced me that [way ]since I was [5]');
    expect(marked(b, diff.b)).toBe('He [has ]raced me [like ]that since I was [five]');
  });

  it('returns runs that alternate between shared and not', () => {
    const { a } = wordDiff('one two three four', 'one three');
    expect(a).toEqual([
      { text: 'one ', shared: true },
      { text: 'two ', shared: false },
      { text: 'three ', shared: true },
      { text: 'four', shared: false },
    ]);
  });

  it('ignores case, curly apostrophes and trailing punctuation, but not other differences', () => {
    expect(wordDiff('It’s OVER, really!', "it's over really").a.every((p) => p.shared)).toBe(true);
    expect(wordDiff('It‘s over', "It's over").a.every((p) => p.shared)).toBe(true);
    expect(marked('(over) done', wordDiff('(over) done', 'over done').a)).toBe('[(over) ]done');
    expect(marked('over. done', wordDiff('over. done', 'over done').a)).toBe('over. done');
    expect(marked('o.ver done', wordDiff('o.ver done', 'over done').a)).toBe('[o.ver ]done');
  });

  it('keeps leading, trailing and repeated whitespace, and handles empty wordings', () => {
    const text = '  two  spaces\n here ';
    const { a, b } = wordDiff(text, 'two here');
    expect(marked(text, a)).toBe('  two  [spaces\n ]here ');
    expect(marked('two here', b)).toBe('two here');
    expect(wordDiff('', 'words')).toEqual({ a: [], b: [{ text: 'words', shared: false }] });
    expect(wordDiff('a b', '')).toEqual({ a: [{ text: 'a b', shared: false }], b: [] });
  });

  it('finds the longest run in common, whichever wording is longer', () => {
    const x = 'a b c d e';
    const y = 'x a c e y';
    expect(marked(x, wordDiff(x, y).a)).toBe('a [b ]c [d ]e');
    expect(marked(y, wordDiff(x, y).b)).toBe('[x ]a c e [y]');
    expect(marked(y, wordDiff(y, x).a)).toBe('[x ]a c e [y]');
    // Two equally long answers: the earlier words of the first wording are kept.
    expect(marked('a b', wordDiff('a b', 'b a').a)).toBe('[a ]b');
  });
});

describe('isFrontPageUrl, odd forms', () => {
  it('flags the index page behind a doubled slash, and a bare domain whatever its fragment says', () => {
    expect(isFrontPageUrl('https://example.com//index.html')).toBe(true);
    expect(isFrontPageUrl('example.com#see-https://example.org/page')).toBe(true);
  });
});

describe('wordDiff, more exactly', () => {
  const marks = (x: string, y: string) => {
    const { a, b } = wordDiff(x, y);
    return [a, b].map((parts) => parts.map((p) => (p.shared ? p.text : `[${p.text}]`)).join(''));
  };

  it('strips every trailing punctuation mark, not only the last', () => {
    expect(marks('Really?! Yes.', 'really yes')).toEqual(['Really?! Yes.', 'really yes']);
  });

  it('compares lower-cased words, so ß and ss are different words', () => {
    expect(marks('Straße', 'STRASSE')).toEqual(['[Straße]', '[STRASSE]']);
  });

  it('treats a run of several spaces in either wording as space, never as a word', () => {
    expect(marks('a b', 'a  b')).toEqual(['a b', 'a  b']);
    expect(marks('a  b', 'a b')).toEqual(['a  b', 'a b']);
  });

  /** The length of a longest common subsequence, by brute force over the shorter list. */
  function lcs(x: string[], y: string[]): number {
    const memo = new Map<string, number>();
    const go = (i: number, j: number): number => {
      if (i === x.length || j === y.length) return 0;
      const key = `${i},${j}`;
      if (!memo.has(key)) memo.set(key, x[i] === y[j] ? 1 + go(i + 1, j + 1) : Math.max(go(i + 1, j), go(i, j + 1)));
      return memo.get(key)!;
    };
    return go(0, 0);
  }

  it('shares a longest common subsequence of words: as many on each side, the same words in the same order', () => {
    const words = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 8 });
    fc.assert(
      fc.property(words, words, (x, y) => {
        const { a, b } = wordDiff(x.join(' '), y.join(' '));
        const sharedWords = (parts: { text: string; shared: boolean }[]) => parts.filter((p) => p.shared).flatMap((p) => p.text.split(/\s+/).filter(Boolean));
        expect(sharedWords(a)).toEqual(sharedWords(b));
        expect(sharedWords(a)).toHaveLength(lcs(x, y));
        expect(a.map((p) => p.text).join('')).toBe(x.join(' '));
        expect(b.map((p) => p.text).join('')).toBe(y.join(' '));
      }),
      { numRuns: 300 },
    );
  });
});
