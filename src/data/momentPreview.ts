/**
 * What a moment's link preview shows besides its title: the one quote chosen for it, and the rulings
 * and later records that concern it. One rule for both previews of a page, its description
 * (src/app/prerender.tsx) and its card (scripts/build/cards/card.mjs), so the two never quote different
 * remarks. Pure; used at build time only.
 */
import { formatIsoDate } from '../lib/dates';
import type { Dataset } from './dataset';
import { quotesForDriver } from './follow';
import { quoteMoment } from './quoteTiming';
import { AFTER_RACE_KIND } from './afterRaceKinds';
import { quotesForEvent } from './race';
import type { AfterRace, Quote, Race } from './schema';

/** The longest quote a page's description carries whole: link previews cut descriptions at about 200 characters. */
export const MAX_DESCRIPTION_QUOTE = 120;
/** The longest quote chosen for a moment at all: two lines of its card at the smallest size. */
export const MAX_MOMENT_QUOTE = 170;

/** A moment with a preview of its own: an incident, or a race followed by one driver. */
export type PreviewMoment = { eventId: string } | { driverId: string };

/** Whether a remark can stand in a preview: short enough to show whole, with no pictographs (a card's font has none). */
function previewable(quote: Quote): boolean {
  return quote.text.length <= MAX_MOMENT_QUOTE && !/\p{Extended_Pictographic}/u.test(quote.text);
}

/**
 * The quote a moment's previews show, or null. From the quotes about the incident (for a followed
 * driver: their own words about this race, never someone else's about them, and never a remark made
 * before it), those a preview can show: first a reaction (during the race, that night or in the days
 * after), then a remark from a later season, then one made before the race; spoken words before
 * posts; then the shortest; then data order.
 */
export function momentQuote(dataset: Dataset, race: Race, moment: PreviewMoment): Quote | null {
  const quotes =
    'eventId' in moment
      ? quotesForEvent(dataset, race.id, moment.eventId)
      : quotesForDriver(dataset, race.id, moment.driverId).filter((q) => q.speaker === moment.driverId);
  const rank = (quote: Quote) => {
    const when = quoteMoment(quote, dataset.articles.get(quote.article), race);
    return (when === 'before-race' ? 4 : when === 'later' ? 2 : 0) + (quote.kind === 'post' ? 1 : 0);
  };
  const ranked = quotes.filter(previewable).map((quote, order) => ({ quote, order, rank: rank(quote) }));
  ranked.sort((a, b) => a.rank - b.rank || a.quote.text.length - b.quote.text.length || a.order - b.order);
  return ranked[0]?.quote ?? null;
}

/** The rulings and later records after the flag that concern a moment: its incident, or the driver followed. */
export function afterRaceFor(race: Race, moment: PreviewMoment): AfterRace[] {
  return (race.afterRace ?? []).filter((item) => ('eventId' in moment ? item.eventIds.includes(moment.eventId) : item.drivers.includes(moment.driverId)));
}

/** One after-the-flag item in a line of our own words: "Penalty, Nov 8, 2023: NASCAR penalises Heim for wrecking Hocevar". */
export function afterRaceLine(item: AfterRace): string {
  return `${AFTER_RACE_KIND[item.kind]}, ${formatIsoDate(item.date)}: ${item.title}`;
}
