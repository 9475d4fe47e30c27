/**
 * Checks the quotes file against the articles and the races: every quote verbatim in its
 * article, every linked event and every remark variant resolvable.
 */
import * as v from 'valibot';
import { checkQuoteTiming } from './consistencyRules';
import type { DataError } from './errors';
import { quotesFileSchema, type Quote, type QuotesFile, type Race } from './schema';

/** What the quote checks need: article texts by id, and the races that loaded (by id). */
export type QuoteContext = {
  articleTexts: ReadonlyMap<string, string>;
  /** Articles whose text could not be loaded: their quotes are kept, not checked again. */
  unreadableArticles?: ReadonlySet<string>;
  /** The race each article reports on and its publication date, to place remarks in time. */
  articleMeta?: ReadonlyMap<string, { race: string; date?: string }>;
  races: ReadonlyMap<string, Race>;
  /** Races that exist but failed their own checks: links into them are not reported again. */
  failedRaceIds: ReadonlySet<string>;
};

/** Validates the parsed quotes file; returns it (possibly empty) with the errors found. */
export function validateQuotes(file: string, json: unknown, context: QuoteContext): { quotes: QuotesFile; errors: DataError[] } {
  const parsed = v.safeParse(quotesFileSchema, json);
  if (!parsed.success) {
    return {
      quotes: { quotes: [], remarks: [] },
      errors: parsed.issues.map((issue) => ({ file, path: v.getDotPath(issue) ?? '', message: issue.message })),
    };
  }
  const errors: DataError[] = [];
  const fail = (path: string, message: string) => errors.push({ file, path, message });
  const byId = new Map<string, string>();

  parsed.output.quotes.forEach((quote, i) => {
    const path = `quotes.${i}`;
    if (byId.has(quote.id)) fail(`${path}.id`, `"${quote.id}" is used twice`);
    byId.set(quote.id, quote.text);
    const articleText = context.articleTexts.get(quote.article);
    if (articleText === undefined) {
      if (!context.unreadableArticles?.has(quote.article)) fail(`${path}.article`, `unknown article "${quote.article}"`);
    } else if (!articleText.includes(quote.text)) fail(`${path}.text`, `is not found verbatim in article "${quote.article}"`);
    const meta = context.articleMeta?.get(quote.article);
    if (quote.said?.date && meta?.date && quote.said.date > meta.date) fail(`${path}.said.date`, `${quote.said.date} is after the article was published (${meta.date})`);
    checkQuoteTiming(quote, meta?.date, path, fail);
    quote.events.forEach((link, j) => {
      if (context.failedRaceIds.has(link.race)) return;
      const race = context.races.get(link.race);
      if (!race) fail(`${path}.events.${j}.race`, `unknown race "${link.race}"`);
      else if (!race.events.some((e) => e.id === link.event)) fail(`${path}.events.${j}.event`, `unknown event "${link.event}" in race "${link.race}"`);
      // A remark made before a race is never shown as a reaction to it.
      else if (saidBefore(quote.said, meta?.race, race) && link.relation !== 'background') {
        fail(`${path}.events.${j}.relation`, `the quote was said before race "${race.id}" (${race.date}): link it as "background", never as a reaction`);
      }
    });
  });
  parsed.output.remarks.forEach((remark, i) => {
    remark.variants.forEach((variant, j) => {
      const path = `remarks.${i}.variants.${j}`;
      const text = byId.get(variant.quote);
      if (text === undefined) fail(`${path}.quote`, `unknown quote "${variant.quote}"`);
      else if (!text.includes(variant.excerpt)) fail(`${path}.excerpt`, `is not part of quote "${variant.quote}"`);
    });
  });
  return { quotes: parsed.output, errors };
}

/** Whether a remark was made before `race` began: said so outright, or dated before its day. */
function saidBefore(said: Quote['said'], articleRace: string | undefined, race: Race): boolean {
  if (!said) return false;
  if (said.when === 'before-race' && (articleRace === undefined || articleRace === race.id)) return true;
  return said.date !== undefined && said.date < race.date;
}
