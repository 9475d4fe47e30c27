/**
 * When a quote was said relative to a race, on synthetic quotes around the fixture race (raced
 * 2024-05-01): what the quote says of itself counts for its own race only; otherwise its date (or
 * its article's) decides, and a month after is "later". The order and the label follow.
 */
import * as v from 'valibot';
import mini from './fixtures/mini-race.json';
import { orderQuotesBySaid, quoteMoment, saidBrief, saidText } from './quoteTiming';
import { raceSchema, type ArticleMeta, type Quote } from './schema';

const race = v.parse(raceSchema, mini);
const article = (id: string, date: string | undefined, raceId = 'mini-2024'): ArticleMeta => ({ id, file: `${id}.txt`, title: id, race: raceId, ...(date ? { date } : {}) });
const ABOUT = article('about-it', '2024-05-20'); // about this race, published 19 days after
const UNDATED = article('undated', undefined);
const ELSEWHERE = article('elsewhere', '2024-05-10', 'other-2024'); // about another race
const articles = new Map([ABOUT, UNDATED, ELSEWHERE].map((a) => [a.id, a]));
const quote = (id: string, articleId: string, said?: Quote['said']): Quote => ({ id, article: articleId, speaker: 'x', text: id, events: [], ...(said ? { said } : {}) });

describe('quoteMoment', () => {
  it.each<[string, Quote, ArticleMeta | undefined, string]>([
    ['what a quote says of itself, in its own race', quote('a', 'about-it', { when: 'during-race' }), ABOUT, 'during-race'],
    ['...even with a date that says otherwise', quote('b', 'about-it', { when: 'after-race', date: '2025-01-01' }), ABOUT, 'after-race'],
    ['the article\'s date, within a month of its own race', quote('c', 'about-it'), ABOUT, 'days-after'],
    ['the article\'s date, on race day', quote('c', 'about-it'), article('about-it', '2024-05-01'), 'days-after'],
    ['the article\'s date, a month after its own race', quote('c', 'about-it'), article('about-it', '2024-06-01'), 'later'],
    ['the article\'s date, the day before a month has passed', quote('c', 'about-it'), article('about-it', '2024-05-31'), 'days-after'],
    ['no date anywhere', quote('d', 'undated'), UNDATED, 'after-race'],
    ['no article at all', quote('d', 'gone'), undefined, 'after-race'],
    ['its own date when it has no article', quote('d', 'gone', { when: 'after-race', date: '2024-04-01' }), undefined, 'before-race'],
    ['an article about another race, dated after this one', quote('e', 'elsewhere', { when: 'during-race' }), ELSEWHERE, 'later'],
    ['an article about another race, dated before this one', quote('e', 'elsewhere', { when: 'after-race', date: '2024-04-30' }), ELSEWHERE, 'before-race'],
    ['its own date over its article\'s', quote('f', 'elsewhere', { when: 'after-race', date: '2024-05-01' }), ELSEWHERE, 'later'],
  ])('follows %s', (_name, q, a, moment) => {
    expect(quoteMoment(q, a, race)).toBe(moment);
  });
});

describe('saidText', () => {
  it.each<[Quote, ArticleMeta | undefined, string]>([
    [quote('a', 'about-it', { when: 'before-race', date: '2024-04-28' }), ABOUT, 'Said before this race, Apr 28, 2024'],
    [quote('a', 'undated', { when: 'before-race' }), UNDATED, 'Said before this race'],
    // Its article's date is not the day it was said: none is given.
    [quote('b', 'about-it', { when: 'during-race' }), ABOUT, 'During the race'],
    [quote('b', 'about-it', { when: 'during-race', date: '2024-05-02', dateNote: 'by the broadcaster’s clock' }), ABOUT, 'During the race, May 2, 2024 (by the broadcaster’s clock)'],
    [quote('b', 'undated', { when: 'during-race' }), UNDATED, 'During the race'],
    [quote('c', 'about-it', { when: 'after-race', date: '2024-05-01' }), ABOUT, 'After the race, May 1, 2024'],
    [quote('c', 'undated', { when: 'after-race' }), UNDATED, 'After the race'],
    [quote('c', 'undated'), UNDATED, 'Published after the race'],
    [quote('d', 'about-it'), ABOUT, 'Days after the race, May 20, 2024'],
    [quote('e', 'elsewhere'), ELSEWHERE, 'Said days after this race, May 10, 2024'],
    [quote('e', 'elsewhere', { when: 'after-race', date: '2024-06-01' }), ELSEWHERE, 'Said a month after this race, Jun 1, 2024'],
    [quote('e', 'elsewhere', { when: 'after-race', date: '2025-05-01' }), ELSEWHERE, 'Said about a year after this race, May 1, 2025'],
    // Placed by its article's date alone: that date is given as the article's.
    [quote('e', 'elsewhere', { when: 'after-race' }), ELSEWHERE, 'Said days after this race, reported May 10, 2024'],
    // Said roughly in a month, published later: both, the first as approximate.
    [quote('f', 'about-it', { when: 'before-race', approx: { month: '2024-04', text: 'late April 2024' }, published: '2024-04-30' }), ABOUT, 'Said before this race, about late April 2024; published Apr 30, 2024'],
    [quote('f', 'elsewhere', { when: 'after-race', approx: { month: '2025-04', text: 'spring 2025' } }), ELSEWHERE, 'Said 11 months after this race, about spring 2025'],
    [quote('g', 'elsewhere', { when: 'after-race', published: '2024-08-02' }), ELSEWHERE, 'Said 3 months after this race, published Aug 2, 2024'],
  ])('labels %j', (q, a, text) => {
    expect(saidText(q, a, race)).toBe(text);
  });

  it('names the race where "this race" would not do', () => {
    expect(saidText(quote('a', 'elsewhere', { when: 'after-race', date: '2025-05-01' }), ELSEWHERE, race, 'Mini 2024')).toBe('Said about a year after Mini 2024, May 1, 2025');
    expect(saidText(quote('a', 'elsewhere', { when: 'after-race', date: '2024-04-01' }), ELSEWHERE, race, 'Mini 2024')).toBe('Said before Mini 2024, Apr 1, 2024');
    expect(saidText(quote('a', 'undated', { when: 'after-race' }), undefined, race, 'Mini 2024')).toBe('After the race');
  });
});

describe('saidBrief', () => {
  it.each<[Quote, ArticleMeta | undefined, string | null]>([
    [quote('a', 'about-it', { when: 'before-race' }), ABOUT, 'said before this race'],
    [quote('b', 'about-it', { when: 'during-race' }), ABOUT, null],
    [quote('c', 'about-it', { when: 'after-race' }), ABOUT, null],
    [quote('d', 'about-it'), ABOUT, null],
    [quote('e', 'elsewhere', { when: 'after-race', date: '2025-05-01' }), ELSEWHERE, 'said about a year after this race'],
    [quote('e', 'gone', { when: 'after-race' }), undefined, null],
  ])('for %j', (q, a, text) => {
    expect(saidBrief(q, a, race)).toBe(text);
  });

  it('names the race where asked, and says "after" with no date known', () => {
    expect(saidBrief(quote('e', 'elsewhere', { when: 'after-race', date: '2025-05-01' }), ELSEWHERE, race, 'Mini 2024')).toBe('said about a year after Mini 2024');
    expect(saidBrief(quote('e', 'elsewhere', { when: 'after-race', date: '2024-04-01' }), ELSEWHERE, race, 'Mini 2024')).toBe('said before Mini 2024');
  });
});

describe('orderQuotesBySaid', () => {
  it('orders by moment, then by date, then keeps the given order', () => {
    const quotes = [
      quote('later-2', 'elsewhere', { when: 'after-race', date: '2024-09-01' }),
      quote('later-1', 'elsewhere', { when: 'after-race', date: '2024-06-01' }),
      quote('days', 'about-it'),
      quote('night-b', 'about-it', { when: 'after-race', date: '2024-05-02' }),
      quote('night-undated', 'about-it', { when: 'after-race' }),
      quote('night-a', 'about-it', { when: 'after-race', date: '2024-05-01' }),
      quote('during-2', 'about-it', { when: 'during-race' }),
      quote('during-1', 'about-it', { when: 'during-race' }),
      quote('before', 'about-it', { when: 'before-race' }),
    ];
    // Undated remarks take their article's date (May 20) to sort within their moment.
    expect(orderQuotesBySaid(quotes, articles, race).map((q) => q.id)).toEqual([
      'before',
      'during-2',
      'during-1',
      'night-a',
      'night-b',
      'night-undated',
      'days',
      'later-1',
      'later-2',
    ]);
  });

  it('orders a remark known only roughly by its month, and one known only by when it was published by that day', () => {
    const quotes = [
      quote('published-june', 'elsewhere', { when: 'after-race', published: '2024-06-20' }),
      quote('june', 'elsewhere', { when: 'after-race', approx: { month: '2024-06', text: 'June 2024' } }),
      quote('june-10', 'elsewhere', { when: 'after-race', date: '2024-06-10' }),
    ];
    expect(orderQuotesBySaid(quotes, articles, race).map((q) => q.id)).toEqual(['june', 'june-10', 'published-june']);
  });

  it('puts a quote with no date at all first within its moment', () => {
    const quotes = [quote('dated', 'about-it', { when: 'after-race', date: '2024-05-01' }), quote('undated', 'undated', { when: 'after-race' })];
    expect(orderQuotesBySaid(quotes, articles, race).map((q) => q.id)).toEqual(['undated', 'dated']);
  });

  it('returns a new array and leaves the given one as it was', () => {
    const quotes = [quote('days', 'about-it'), quote('before', 'about-it', { when: 'before-race' })];
    const ordered = orderQuotesBySaid(quotes, articles, race);
    expect(ordered.map((q) => q.id)).toEqual(['before', 'days']);
    expect(quotes.map((q) => q.id)).toEqual(['days', 'before']);
  });
});

describe('orderQuotesBySaid on a long list', () => {
  it('keeps the given order of a hundred remarks said at the same moment', () => {
    const quotes = Array.from({ length: 100 }, (_, i) => quote(`q-${i}`, 'about-it'));
    expect(orderQuotesBySaid(quotes, articles, race).map((q) => q.id)).toEqual(quotes.map((q) => q.id));
    const mixed = quotes.map((q, i) => (i % 3 === 0 ? { ...q, said: { when: 'during-race' as const } } : q));
    expect(orderQuotesBySaid(mixed, articles, race).map((q) => q.id)).toEqual([...mixed.filter((_, i) => i % 3 === 0), ...mixed.filter((_, i) => i % 3 !== 0)].map((q) => q.id));
  });
});
