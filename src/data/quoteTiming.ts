/**
 * When a quote was said, relative to the race a reader is looking at: before it, during it,
 * after it that night, days after, or in a later season. Pure; used to order and label the
 * quotes in the incident panel so a remark made before a race never reads as a reaction to it.
 */
import { formatIsoDate, monthsBetween, spanInWords } from '../lib/dates';
import type { ArticleMeta, Quote, Race } from './schema';

/** Where a remark falls relative to a race, in time order. */
export type QuoteMoment = 'before-race' | 'during-race' | 'after-race' | 'days-after' | 'later';

const MOMENT_ORDER: Record<QuoteMoment, number> = { 'before-race': 0, 'during-race': 1, 'after-race': 2, 'days-after': 3, later: 4 };

/** The date a remark is known by: when it was said, else when its article was published. */
function knownDate(quote: Quote, article: ArticleMeta | undefined): string | undefined {
  return quote.said?.date ?? article?.date;
}

/** Where `quote` falls relative to `race`. */
export function quoteMoment(quote: Quote, article: ArticleMeta | undefined, race: Race): QuoteMoment {
  const sameRace = article?.race === race.id;
  if (sameRace && quote.said) return quote.said.when;
  const date = knownDate(quote, article);
  if (date === undefined) return 'after-race';
  if (date < race.date) return 'before-race';
  return sameRace && monthsBetween(race.date, date) < 1 ? 'days-after' : 'later';
}

/** Quotes in the order they were said relative to `race`; ties keep the given (article) order. */
export function orderQuotesBySaid(quotes: readonly Quote[], articles: ReadonlyMap<string, ArticleMeta>, race: Race): Quote[] {
  const key = (q: Quote) => {
    const article = articles.get(q.article);
    return { rank: MOMENT_ORDER[quoteMoment(q, article, race)], date: knownDate(q, article) ?? '' };
  };
  return quotes
    .map((quote, index) => ({ quote, index, ...key(quote) }))
    .sort((a, b) => a.rank - b.rank || a.date.localeCompare(b.date) || a.index - b.index)
    .map((entry) => entry.quote);
}

/** A reader-facing line on when it was said: "Said before this race, Oct 2, 2025". */
export function saidText(quote: Quote, article: ArticleMeta | undefined, race: Race): string {
  const moment = quoteMoment(quote, article, race);
  const date = knownDate(quote, article);
  const on = date !== undefined ? `, ${formatIsoDate(date)}` : '';
  switch (moment) {
    case 'before-race':
      return `Said before this race${on}`;
    case 'during-race':
      return `During the race${on}`;
    case 'after-race':
      return quote.said ? `After the race${on}` : `Published after the race${on}`;
    case 'days-after':
      return `Days after the race${on}`;
    case 'later':
      return date !== undefined ? `Said ${spanInWords(monthsBetween(race.date, date))} after this race${on}` : `Said after this race${on}`;
  }
}
