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

/**
 * The date a remark is known by: the day it was said, else the first of the month it was roughly
 * said in, else when it was first published, else when its article was.
 */
function knownDate(quote: Quote, article: ArticleMeta | undefined): string | undefined {
  const said = quote.said;
  return said?.date ?? (said?.approx ? `${said.approx.month}-01` : undefined) ?? said?.published ?? article?.date;
}

/**
 * When it was said, for a reader: ", Oct 3, 2025", ", about mid-September 2025; published Oct 2,
 * 2025". An article's date is never shown as the day a remark was said: a remark that says when it
 * came (during or after its own race) but not the day shows none (its caption dates the article),
 * and one placed by its article's date alone says "reported" (or, with nothing said of it, plain).
 */
function whenText(quote: Quote, article: ArticleMeta | undefined, sameRace: boolean): string {
  const said = quote.said;
  const parts: string[] = [];
  if (said?.date) parts.push(formatIsoDate(said.date) + (said.dateNote ? ` (${said.dateNote})` : ''));
  else if (said?.approx) parts.push(`about ${said.approx.text}`);
  if (said?.published) parts.push(`published ${formatIsoDate(said.published)}`);
  else if (parts.length === 0 && article?.date && !(said && sameRace)) parts.push(said ? `reported ${formatIsoDate(article.date)}` : formatIsoDate(article.date));
  return parts.length > 0 ? `, ${parts.join('; ')}` : '';
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

/**
 * A reader-facing line on when it was said: "Said before this race, about mid-September 2025;
 * published Oct 2, 2025". `name` stands for the race where "this race" would not do ("Phoenix 2023").
 */
export function saidText(quote: Quote, article: ArticleMeta | undefined, race: Race, name = 'this race'): string {
  const on = whenText(quote, article, article?.race === race.id);
  switch (quoteMoment(quote, article, race)) {
    case 'before-race':
      return `Said before ${name}${on}`;
    case 'during-race':
      return `During the race${on}`;
    case 'after-race':
      return quote.said ? `After the race${on}` : `Published after the race${on}`;
    case 'days-after':
      return `Days after the race${on}`;
    case 'later':
      return `${laterThan(quote, article, race, name)}${on}`;
  }
}

/** "Said about 2 years after this race" (or "Said after this race" when no date is known). */
function laterThan(quote: Quote, article: ArticleMeta | undefined, race: Race, name: string): string {
  const date = knownDate(quote, article);
  return date !== undefined ? `Said ${spanInWords(monthsBetween(race.date, date))} after ${name}` : `Said after ${name}`;
}

/**
 * The few words a link preview adds after a quote that is not a reaction to `race`: "said before
 * this race", "said about 2 years after this race"; null for one said during the race or after it
 * (that night or in the days after), which reads as the reaction it is.
 */
export function saidBrief(quote: Quote, article: ArticleMeta | undefined, race: Race, name = 'this race'): string | null {
  const moment = quoteMoment(quote, article, race);
  if (moment === 'before-race') return `said before ${name}`;
  if (moment === 'later') return laterThan(quote, article, race, name).replace(/^S/, 's');
  return null;
}
