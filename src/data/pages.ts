/**
 * The one list of pages the build writes, and where each goes: the prerender writes a page for each
 * (app/prerender.tsx) and the cards draw one image for each (scripts/build/cards/), from here, so a page
 * never lacks its card nor a card its page.
 */
import type { Dataset } from './dataset';
import { driversWithPages } from './follow';

/**
 * One page: a race's (eventId and follow null), an incident's, a race followed by one driver
 * (`follow`), two races compared (`compare`, `raceId` its first), or any of those without spoilers.
 */
export type PageId = { raceId: string; eventId: string | null; follow?: string | null; compare?: [string, string]; noSpoilers?: true };

/** Every pair of races, each once, in the site's order: the comparisons that get a page and a card. */
export function comparedPairs(races: readonly { id: string }[]): [string, string][] {
  return races.flatMap((a, i) => races.slice(i + 1).map((b): [string, string] => [a.id, b.id]));
}

/**
 * Every page: each race, each of its incidents (in the race file's order, by lap), the race followed
 * by each of its drivers (`/<race>/follow/<driver>/`: any driver can be followed, and each such
 * address is a page), the race without spoilers (where every no-spoilers address leads); then each
 * pair of races compared, with and without spoilers. (The root is rootPage's, app/prerender.tsx.)
 */
export function pagesOf(dataset: Pick<Dataset, 'races'>): PageId[] {
  const races = [...dataset.races.values()];
  return [
    ...races.flatMap((race): PageId[] => [
      { raceId: race.id, eventId: null },
      ...race.events.map((e) => ({ raceId: race.id, eventId: e.id })),
      ...driversWithPages(race).map((d) => ({ raceId: race.id, eventId: null, follow: d.id })),
      { raceId: race.id, eventId: null, noSpoilers: true },
    ]),
    ...comparedPairs(races).flatMap(([a, b]): PageId[] => [
      { raceId: a, eventId: null, compare: [a, b] },
      { raceId: a, eventId: null, compare: [a, b], noSpoilers: true },
    ]),
  ];
}

/** The path of a page under the site root, as the app writes it: "/phoenix-2023/follow/corey-heim/". */
export function pagePath(page: PageId): string {
  if (page.compare) return `/compare/${page.compare[0]}/${page.compare[1]}/${page.noSpoilers ? 'no-spoilers/' : ''}`;
  if (page.noSpoilers) return `/${page.raceId}/no-spoilers/`;
  return `/${page.raceId}/${page.eventId ? `${page.eventId}/` : page.follow ? `follow/${page.follow}/` : ''}`;
}

/**
 * Where a page's card goes under the cards' folder, beside its path: "phoenix-2023.png",
 * "phoenix-2023/hocevar-spins-heim.png", "compare/phoenix-2023/roval-2025/no-spoilers.png".
 */
export function cardFileOf(page: PageId): string {
  return `${pagePath(page).slice(1, -1)}.png`;
}
