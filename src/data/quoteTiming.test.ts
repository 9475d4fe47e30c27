import { articles, dataset } from './load/bundledDataset';
import { orderQuotesBySaid, quoteMoment, saidBrief, saidText } from './quoteTiming';
import type { Quote } from './schema';

const phoenix = dataset.races.get('phoenix-2023')!;
const roval = dataset.races.get('roval-2025')!;
const quote = (id: string) => dataset.quotes.find((q) => q.id === id)!;
const articleOf = (q: Quote) => articles.get(q.article);

describe('quote timing', () => {
  it('places the crew chief interview before the Roval race, never as a reaction to it', () => {
    const zip = quote('zipadelli-work-harder');
    expect(quoteMoment(zip, articleOf(zip), roval)).toBe('before-race');
    // Said in mid-September (the podcast after Heim's ninth win), published on 2 October: both, each named.
    expect(saidText(zip, articleOf(zip), roval)).toBe('Said before this race, about mid-September 2025; published Oct 2, 2025');
    expect(saidBrief(zip, articleOf(zip), roval)).toBe('said before this race');
  });

  it('places the same interview about two years after the 2023 race it speaks of', () => {
    const zip = quote('zipadelli-hocevar-wrecked-us');
    expect(quoteMoment(zip, articleOf(zip), phoenix)).toBe('later');
    expect(saidText(zip, articleOf(zip), phoenix)).toBe('Said about 2 years after this race, about mid-September 2025; published Oct 2, 2025');
    expect(saidBrief(zip, articleOf(zip), phoenix)).toBe('said about 2 years after this race');
    expect(saidText(zip, articleOf(zip), phoenix, 'Phoenix 2023')).toBe('Said about 2 years after Phoenix 2023, about mid-September 2025; published Oct 2, 2025');
  });

  it('labels a post during the race and interviews after it', () => {
    const post = quote('fox-heim-goes-around');
    // The post is dated by US Eastern time, a day after the race's date at the track: the label says so.
    expect(saidText(post, articleOf(post), phoenix)).toBe('During the race, Nov 4, 2023 (by US Eastern time; still 3 November at the track)');
    expect(saidBrief(post, articleOf(post), phoenix)).toBeNull();
    // The article's date (Nov 4) is when it was published, not when Heim spoke: no date is given for it.
    const heim = quote('heim-since-i-was-5');
    expect(saidText(heim, articleOf(heim), phoenix)).toBe('After the race');
    expect(saidBrief(heim, articleOf(heim), phoenix)).toBeNull();
  });

  it('dates the FOX post of the Roval finish on race day, not on its article’s date', () => {
    const post = quote('fox-truck-series-history');
    expect(articleOf(post)?.date).toBe('2025-10-04');
    expect(saidText(post, articleOf(post), roval)).toBe('After the race, Oct 3, 2025');
  });

  it('orders quotes during → after → later, keeping article order within a moment', () => {
    const ids = ['zipadelli-hocevar-wrecked-us', 'heim-since-i-was-5', 'fox-heim-goes-around', 'hocevar-i-messed-up'];
    const ordered = orderQuotesBySaid(ids.map(quote), articles, phoenix).map((q) => q.id);
    expect(ordered).toEqual(['fox-heim-goes-around', 'hocevar-i-messed-up', 'heim-since-i-was-5', 'zipadelli-hocevar-wrecked-us']);
  });

  it('puts a before-race remark first in its own race', () => {
    const ids = ['heim-toughest-one', 'zipadelli-three-championships'];
    expect(orderQuotesBySaid(ids.map(quote), articles, roval).map((q) => q.id)).toEqual(['zipadelli-three-championships', 'heim-toughest-one']);
  });
});
