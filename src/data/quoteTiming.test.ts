import { articles, dataset } from './bundledDataset';
import { orderQuotesBySaid, quoteMoment, saidText } from './quoteTiming';
import type { Quote } from './schema';

const phoenix = dataset.races.get('phoenix-2023')!;
const roval = dataset.races.get('roval-2025')!;
const quote = (id: string) => dataset.quotes.find((q) => q.id === id)!;
const articleOf = (q: Quote) => articles.get(q.article);

describe('quote timing', () => {
  it('places the crew chief interview before the Roval race, never as a reaction to it', () => {
    const zip = quote('zipadelli-work-harder');
    expect(quoteMoment(zip, articleOf(zip), roval)).toBe('before-race');
    expect(saidText(zip, articleOf(zip), roval)).toBe('Said before this race, Oct 2, 2025');
  });

  it('places the same interview about two years after the 2023 race it speaks of', () => {
    const zip = quote('zipadelli-hocevar-wrecked-us');
    expect(quoteMoment(zip, articleOf(zip), phoenix)).toBe('later');
    expect(saidText(zip, articleOf(zip), phoenix)).toBe('Said about 2 years after this race, Oct 2, 2025');
  });

  it('labels a post during the race and interviews after it', () => {
    const post = quote('fox-heim-goes-around');
    expect(saidText(post, articleOf(post), phoenix)).toBe('During the race, Nov 4, 2023');
    const heim = quote('heim-since-i-was-5');
    expect(saidText(heim, articleOf(heim), phoenix)).toBe('After the race, Nov 4, 2023');
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
