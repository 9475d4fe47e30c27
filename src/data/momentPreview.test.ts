/**
 * The one rule that picks a moment's quote for both its previews (the page's description and its
 * card), and the record after the flag a preview adds. On the shipped data, where the choices are
 * known, then on synthetic quotes for each step of the order.
 */
import { dataset } from './load/bundledDataset';
import { afterRaceFor, afterRaceLine, MAX_MOMENT_QUOTE, momentQuote } from './momentPreview';
import type { Dataset } from './dataset';
import type { Quote } from './schema';

const phoenix = dataset.races.get('phoenix-2023')!;
const roval = dataset.races.get('roval-2025')!;
const pick = (race = phoenix, moment: Parameters<typeof momentQuote>[2]) => momentQuote(dataset, race, moment)?.id ?? null;

describe('momentQuote on the shipped data', () => {
  it.each<[string, string, string | null]>([
    ['phoenix-2023', 'hocevar-spins-heim', 'hocevar-i-messed-up'],
    // The denial is the only remark about the second contact.
    ['phoenix-2023', 'heim-hocevar-second-contact', 'heim-no-sideforce'],
    // A reaction that night before a remark two years later, even a longer one.
    ['phoenix-2023', 'rhodes-wins-title', 'heim-heads-high'],
    ['phoenix-2023', 'majeski-wins-stage-1', null],
    // Spoken words before a post.
    ['roval-2025', 'heim-wins-10th', 'heim-toughest-one'],
    // Only remarks made before the race: the shortest of them (its previews say when it was said).
    ['roval-2025', 'heim-locks-into-championship-4', 'zipadelli-three-championships'],
  ])('%s/%s: %s', (raceId, eventId, expected) => {
    expect(pick(dataset.races.get(raceId)!, { eventId })).toBe(expected);
  });

  it('gives a followed driver their own words about the race, never someone else’s about them', () => {
    expect(pick(phoenix, { driverId: 'corey-heim' })).toBe('heim-since-i-was-5');
    expect(pick(phoenix, { driverId: 'carson-hocevar' })).toBe('hocevar-i-messed-up');
    expect(pick(roval, { driverId: 'corey-heim' })).toBe('heim-toughest-one');
    // The champion said nothing the articles quote: no quote, not the loser's words about the title.
    expect(pick(phoenix, { driverId: 'ben-rhodes' })).toBeNull();
    expect(pick(phoenix, { driverId: 'grant-enfinger' })).toBeNull();
    expect(pick(roval, { driverId: 'brent-crews' })).toBeNull();
  });
});

describe('momentQuote, step by step', () => {
  const race = phoenix;
  const article = 'a000-phoenix-hocevar-spins-heim';
  const link = [{ race: race.id, event: 'heim-on-pole' }];
  const q = (id: string, text: string, extra: Partial<Quote> = {}): Quote => ({ id, article, speaker: 'corey-heim', text, events: link, said: { when: 'after-race' }, ...extra });
  const only = (...quotes: Quote[]): Dataset => ({ ...dataset, quotes });
  const choose = (...quotes: Quote[]) => momentQuote(only(...quotes), race, { eventId: 'heim-on-pole' })?.id ?? null;

  it('takes the shortest reaction, the first of equals', () => {
    expect(choose(q('long', 'a longer remark'), q('short', 'short'), q('short-too', 'short'))).toBe('short');
  });

  it('puts spoken words before a post, a later remark after both, and one made before the race last', () => {
    const post = q('post', 'a post', { kind: 'post' });
    const later = q('later', 'later', { article: 'a002-roval-heim-record-10th-win', said: { when: 'before-race', date: '2025-09-01' } });
    const before = q('before', 'b', { said: { when: 'before-race' }, events: [{ ...link[0]!, relation: 'background' }] });
    const spoken = q('spoken', 'a longer spoken remark');
    expect(choose(post, later, before, spoken)).toBe('spoken');
    expect(choose(post, later, before)).toBe('post');
    expect(choose(later, before)).toBe('later');
    expect(choose(before)).toBe('before');
  });

  it('leaves out a remark too long to show whole, or with a pictograph a card cannot draw', () => {
    expect(choose(q('long', 'x'.repeat(MAX_MOMENT_QUOTE + 1)))).toBeNull();
    expect(choose(q('just-fits', 'x'.repeat(MAX_MOMENT_QUOTE)))).toBe('just-fits');
    expect(choose(q('emoji', 'LOOK 👀'), q('plain', 'a plain remark, longer'))).toBe('plain');
  });
});

describe('afterRaceFor and afterRaceLine', () => {
  it('finds the rulings and later records that concern an incident or a driver, and says each in a dated line', () => {
    expect(afterRaceFor(phoenix, { eventId: 'heim-hocevar-second-contact' }).map(afterRaceLine)).toEqual(['Penalty, Nov 8, 2023: NASCAR penalises Heim for wrecking Hocevar']);
    expect(afterRaceFor(phoenix, { driverId: 'carson-hocevar' }).map((a) => a.id)).toEqual(['heim-penalty-2023-11-08']);
    expect(afterRaceFor(phoenix, { eventId: 'hocevar-spins-heim' })).toEqual([]);
    expect(afterRaceFor(phoenix, { driverId: 'ben-rhodes' })).toEqual([]);
    expect(afterRaceFor(roval, { eventId: 'heim-wins-10th' }).map(afterRaceLine)).toEqual(['Since then, Oct 31, 2025: Heim ends 2025 with 12 wins and the championship']);
  });
});
