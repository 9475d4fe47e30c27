/**
 * Checks the quotes file against the articles and the races: every quote verbatim in its
 * article, every linked event and every remark variant resolvable. A quote that is not found
 * verbatim in its article (or whose article is unknown) is reported and left out: no reader ever
 * sees words in quotation marks that failed the check.
 */
import { didYouMean } from '../../lib/nearest';
import { checkQuoteTiming } from './consistencyRules';
import { readablePath, type DataError } from './errors';
import { quotesFileSchema, type Quote, type QuotesFile, type Race } from '../schema';
import { parseWithErrors } from './schemaIssues';

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

/**
 * Validates the parsed quotes file; returns the quotes that passed (the file as parsed, less any
 * quote that failed the verbatim check, and the remarks' variants of it) with the errors found. The
 * checks run on whatever parsed, so a problem in one quote does not hide those in the others.
 */
export function validateQuotes(file: string, json: unknown, context: QuoteContext): { quotes: QuotesFile; errors: DataError[] } {
  const { output, errors: shape } = parseWithErrors(file, quotesFileSchema, json);
  const parsed = output as Partial<QuotesFile> | undefined;
  const quotes = Array.isArray(parsed?.quotes) ? parsed.quotes : [];
  const remarks = Array.isArray(parsed?.remarks) ? parsed.remarks : [];
  const errors: DataError[] = [];
  const fail = (path: string, message: string) => errors.push({ file, path, message });
  const firstUse = new Map<string, number>();
  const byId = new Map<string, string>();
  const unverified = new Set<number>();
  // A quote the schema refused is not shown either.
  const refused = new Set(shape.flatMap((e) => /^quotes\.(\d+)/.exec(e.path)?.[1] ?? []).map(Number));

  quotes.forEach((quote, i) => {
    if (typeof quote !== 'object' || quote === null) return;
    const path = `quotes.${i}`;
    const first = firstUse.get(quote.id);
    if (first !== undefined) fail(`${path}.id`, `"${quote.id}" is used twice: first by quotes[${first}]`);
    else firstUse.set(quote.id, i);
    if (typeof quote.text === 'string') byId.set(quote.id, quote.text);
    const articleText = context.articleTexts.get(quote.article);
    if (articleText === undefined) {
      if (!context.unreadableArticles?.has(quote.article)) {
        fail(`${path}.article`, `unknown article "${quote.article}"${didYouMean(quote.article, context.articleTexts.keys())}`);
        unverified.add(i);
      }
    } else if (typeof quote.text === 'string' && !articleText.includes(quote.text)) {
      fail(`${path}.text`, `is not found verbatim in article "${quote.article}": copy the words exactly as the article has them (it is left out until then)`);
      unverified.add(i);
    }
    const meta = context.articleMeta?.get(quote.article);
    if (quote.said?.date && meta?.date && !shape.some((e) => e.path === `${path}.said.date`) && quote.said.date > meta.date) fail(`${path}.said.date`, `${quote.said.date} is after the article was published (${meta.date})`);
    if (!refused.has(i)) checkQuoteTiming(quote, meta?.date, path, fail);
    (Array.isArray(quote.events) ? quote.events : []).forEach((link, j) => {
      if (context.failedRaceIds.has(link.race)) return;
      const race = context.races.get(link.race);
      if (!race) fail(`${path}.events.${j}.race`, `unknown race "${link.race}"${didYouMean(link.race, context.races.keys())}`);
      else if (!race.events.some((e) => e.id === link.event)) {
        fail(`${path}.events.${j}.event`, `unknown event "${link.event}" in race "${link.race}"${didYouMean(link.event, race.events.map((e) => e.id))}`);
      }
      // A remark made before a race is never shown as a reaction to it.
      else if (saidBefore(quote.said, meta?.race, race) && link.relation !== 'background') {
        fail(`${path}.events.${j}.relation`, `the quote was said before race "${race.id}" (${race.date}): link it as "background", never as a reaction`);
      }
    });
  });
  remarks.forEach((remark, i) => {
    (Array.isArray(remark?.variants) ? remark.variants : []).forEach((variant, j) => {
      const path = `remarks.${i}.variants.${j}`;
      const text = byId.get(variant.quote);
      if (text === undefined) fail(`${path}.quote`, `unknown quote "${variant.quote}"${didYouMean(variant.quote, byId.keys())}`);
      else if (!text.includes(variant.excerpt)) fail(`${path}.excerpt`, `is not part of quote "${variant.quote}"`);
    });
  });

  const all = [...shape, ...errors].map((e) => ({ ...e, where: readablePath(json, e.path) }));
  if (all.length === 0) return { quotes: parsed as QuotesFile, errors: all };
  // What passed: every quote but those that failed (or whose shape was refused), and each remark
  // whose shape passed and whose variants are all still there.
  const kept = quotes.filter((_, i) => !unverified.has(i) && !refused.has(i));
  const keptIds = new Set(kept.map((q) => q.id));
  const refusedRemarks = new Set(shape.flatMap((e) => /^remarks\.(\d+)/.exec(e.path)?.[1] ?? []).map(Number));
  const remarksKept = remarks.filter((r, i) => !refusedRemarks.has(i) && Array.isArray(r?.variants) && r.variants.every((variant) => keptIds.has(variant.quote)));
  return { quotes: { quotes: kept, remarks: remarksKept }, errors: all };
}

/** Whether a remark was made before `race` began: said so outright, or dated before its day. */
function saidBefore(said: Quote['said'], articleRace: string | undefined, race: Race): boolean {
  if (!said) return false;
  if (said.when === 'before-race' && (articleRace === undefined || articleRace === race.id)) return true;
  return said.date !== undefined && said.date < race.date;
}
