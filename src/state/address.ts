/**
 * Addresses in path form (issue 11): a race lives at `<root><race-id>/`, an incident at
 * `<root><race-id>/<event-id>/` and a race followed by one driver (issue 12) at
 * `<root><race-id>/follow/<driver-id>/`, each a prerendered page (scripts/prerender.mjs) that a link
 * preview can read. The rest of a view (lap, quote, spoilers, zoom, lanes, and `follow` on an
 * incident's page) rides in the query, as before, and every query-form link (`?race=…&event=…`)
 * still opens the same view: the path only stands in for the `race`, `event` and `follow`
 * parameters. `<root>` is wherever the site is served from ("/" or a folder).
 * Two races compared (issue 12) live at `<root>compare/<race>/<race>/`, standing in for `compare=`.
 * No race or incident id may be "follow", and no race id "compare" (data/reserved.ts; validation
 * refuses them).
 */
import { COMPARE_SEGMENT, FOLLOW_SEGMENT } from '../data/reserved';
import { parseView, serializeView, sameView } from './url';
import { fillView, type Catalog, type LinkView, type View } from './view';

/** What a pathname says: the site root before it, and the race, incident, followed driver or compared races it names, if any. */
export function splitPath(
  pathname: string,
  catalog: Catalog,
): { root: string; race: string | null; event: string | null; follow: string | null; compare?: [string, string] } {
  // "/phoenix-2023/hocevar-spins-heim/" and ".../index.html" name the same page, and so does
  // "//phoenix-2023//": repeated slashes are one (else the root would be "//", a link to another host).
  const single = pathname.replace(/\/{2,}/g, '/');
  const parts = single.replace(/\/index\.html$/, '/').replace(/\/+$/, '').split('/');
  const last = parts.at(-1) ?? '';
  const before = parts.at(-2) ?? '';
  const third = parts.at(-3) ?? '';
  if (parts.length >= 4 && third === COMPARE_SEGMENT && catalog.raceIds.includes(before) && catalog.raceIds.includes(last)) {
    return { root: `${parts.slice(0, -3).join('/')}/`, race: null, event: null, follow: null, compare: [before, last] };
  }
  // "/<race>/follow/<driver>/": whatever the driver id, the path is a follow page (parseAddress reports an unknown one).
  if (parts.length >= 4 && before === FOLLOW_SEGMENT && catalog.raceIds.includes(third) && last !== '') {
    return { root: `${parts.slice(0, -3).join('/')}/`, race: third, event: null, follow: last };
  }
  // "/<race>/follow/" names no driver: it is the race's page.
  if (parts.length >= 3 && catalog.raceIds.includes(before) && last === FOLLOW_SEGMENT) {
    return { root: `${parts.slice(0, -2).join('/')}/`, race: before, event: null, follow: null };
  }
  if (parts.length >= 3 && catalog.raceIds.includes(before) && !catalog.raceIds.includes(last)) {
    return { root: `${parts.slice(0, -2).join('/')}/`, race: before, event: last, follow: null };
  }
  if (parts.length >= 2 && catalog.raceIds.includes(last)) return { root: `${parts.slice(0, -1).join('/')}/`, race: last, event: null, follow: null };
  // No race in the path: the root is the folder the page is in.
  return { root: single.slice(0, single.lastIndexOf('/') + 1) || '/', race: null, event: null, follow: null };
}

/** Parses an address (pathname and query) into a view, as parseView does a query: never throws. */
export function parseAddress(pathname: string, search: string, catalog: Catalog): { view: LinkView; problems: string[] } {
  const { race, event, follow, compare } = splitPath(pathname, catalog);
  if (race === null && !compare) return parseView(search, catalog);
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  if (compare) {
    // The path names the two races; the query says the rest (the cursor, whose incident, …).
    params.delete('compare');
    return parseView(`?${new URLSearchParams({ compare: compare.join(',') }).toString()}${params.size > 0 ? `&${params.toString()}` : ''}`, catalog);
  }
  if (race === null) return parseView(search, catalog);
  // The path names the race and the incident (or the driver followed); a `race` or `event` in the
  // query of such a page is ignored, and so is a `follow` on a follow page, each with a word.
  const named = new URLSearchParams({ race, ...(event !== null && { event }), ...(follow !== null && { follow }) });
  const ignored = overruled(params, named, follow !== null ? ['race', 'event', 'follow'] : ['race', 'event']);
  const parsed = parseView(`?${named.toString()}${params.size > 0 ? `&${params.toString()}` : ''}`, catalog);
  if (ignored.length === 0) return parsed;
  const says = `the race${event !== null ? ' and the incident' : ''}${follow !== null ? ' and the driver followed' : ''}`;
  return { view: parsed.view, problems: [...ignored.map((part) => `This page’s address names ${says}; the link’s ${part} is ignored.`), ...parsed.problems] };
}

/**
 * Takes `names` out of a page's query: the page's path says them. Returns those that say something
 * else (“event=nope”), to be named in the notice; one that repeats the path is no news.
 */
function overruled(params: URLSearchParams, path: URLSearchParams, names: readonly string[]): string[] {
  const ignored = names.flatMap((name) => {
    const value = params.get(name);
    return value === null || value === path.get(name) ? [] : [`“${name}=${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`];
  });
  for (const name of names) params.delete(name);
  return ignored;
}

/**
 * The address of a view under a site root: the race's, the incident's or the followed driver's page
 * (an incident's page when both are in the view, with `follow` in its query), or the comparison's,
 * plus the query the rest of the view needs.
 */
export function addressOf(link: LinkView, root: string, catalog: Catalog): string {
  const view: View = fillView(link);
  if (view.compare) return compareAddressOf(view, root, catalog);
  const race = `${root}${encodeURIComponent(view.race)}/`;
  const path =
    view.event !== null
      ? `${race}${encodeURIComponent(view.event)}/`
      : view.follow !== null
        ? `${race}${FOLLOW_SEGMENT}/${encodeURIComponent(view.follow)}/`
        : race;
  const query = new URLSearchParams(serializeView(view));
  query.delete('race');
  query.delete('event');
  if (view.event === null) query.delete('follow');
  // The lap is left out where it is the lap the page opens on anyway (the incident's, or the race's opening lap).
  const withoutLap = new URLSearchParams(query);
  withoutLap.delete('lap');
  const rest = sameView(parseAddress(path, `?${withoutLap.toString()}`, catalog).view, view) ? withoutLap : query;
  return rest.size > 0 ? `${path}?${rest.toString()}` : path;
}

/** A comparison's address: its page, plus the query the rest of the view needs (no `at` when it is where the page opens). */
function compareAddressOf(view: View, root: string, catalog: Catalog): string {
  const [a, b] = view.compare!.races;
  const path = `${root}${COMPARE_SEGMENT}/${encodeURIComponent(a)}/${encodeURIComponent(b)}/`;
  const query = new URLSearchParams(serializeView(view));
  query.delete('compare');
  const withoutAt = new URLSearchParams(query);
  withoutAt.delete('at');
  const rest = sameView(parseAddress(path, `?${withoutAt.toString()}`, catalog).view, view) ? withoutAt : query;
  return rest.size > 0 ? `${path}?${rest.toString()}` : path;
}
