/**
 * Addresses in path form (issue 11): a race lives at `<root><race-id>/`, an incident at
 * `<root><race-id>/<event-id>/` and a race followed by one driver (issue 12) at
 * `<root><race-id>/follow/<driver-id>/`, each a prerendered page (scripts/build/prerender.mjs) that a link
 * preview can read. The rest of a view (lap, quote, spoilers, zoom, lanes, and `follow` on an
 * incident's page) rides in the query, as before, and every query-form link (`?race=…&event=…`)
 * still opens the same view: the path only stands in for the `race`, `event` and `follow`
 * parameters. `<root>` is wherever the site is served from ("/" or a folder).
 * Two races compared (issue 12) live at `<root>compare/<race>/<race>/`, standing in for `compare=`.
 * No race or incident id may be "follow", and no race id "compare" (data/reserved.ts; validation
 * refuses them).
 * No spoilers (issue 19): a view that hides what lies ahead lives at `<root><race-id>/no-spoilers/`
 * (or `<root>compare/<race>/<race>/no-spoilers/`), with everything else in the query: a page whose
 * title, description and card give nothing past the start, so a shared link never unfurls as the
 * result. Such an address never names an incident in its path. The old form, `?spoilers=hide` on any
 * page, still opens the same view (and public/prepaint.js takes it to the spoiler-free page before it paints).
 */
import { COMPARE_SEGMENT, FOLLOW_SEGMENT, NO_SPOILERS_SEGMENT } from '../data/reserved';
import { parseView, serializeView, sameView } from './url';
import { fillView, type Catalog, type LinkView, type View } from './view';

/** What a pathname says: the site root before it, and the race, incident, followed driver or compared races it names, if any. */
export function splitPath(
  pathname: string,
  catalog: Catalog,
): { root: string; race: string | null; event: string | null; follow: string | null; compare?: [string, string]; noSpoilers?: true } {
  // "/phoenix-2023/hocevar-spins-heim/" and ".../index.html" name the same page, and so does
  // "//phoenix-2023//": repeated slashes are one (else the root would be "//", a link to another host).
  const single = pathname.replace(/\/{2,}/g, '/');
  const trimmed = single.replace(/\/index\.html$/, '/').replace(/\/+$/, '');
  // "/<race>/no-spoilers/": the race's page, spoiler-free; "/compare/<a>/<b>/no-spoilers/" likewise.
  if (trimmed.endsWith(`/${NO_SPOILERS_SEGMENT}`)) {
    const page = splitPath(`${trimmed.slice(0, -NO_SPOILERS_SEGMENT.length)}`, catalog);
    // Only right after a race's or a comparison's own segments ("/<race>/follow/no-spoilers/" is no page).
    const own = page.compare ? `${page.root}${COMPARE_SEGMENT}/${page.compare.join('/')}/` : `${page.root}${page.race ?? ''}/`;
    if ((page.race !== null || page.compare) && page.event === null && page.follow === null && trimmed === `${own}${NO_SPOILERS_SEGMENT}`) return { ...page, noSpoilers: true };
  }
  const parts = trimmed.split('/');
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
  const { race, event, follow, compare, noSpoilers } = splitPath(pathname, catalog);
  if (race === null && !compare) return parseView(search, catalog);
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  // A spoiler-free page hides what lies ahead whatever its query says.
  const spoilersIgnored = noSpoilers ? overruled(params, new URLSearchParams({ spoilers: 'hide' }), ['spoilers']) : [];
  if (noSpoilers) params.set('spoilers', 'hide');
  const withSpoilerNotice = (parsed: { view: LinkView; problems: string[] }) =>
    spoilersIgnored.length === 0 ? parsed : { view: parsed.view, problems: [...spoilersIgnored.map((part) => `This page shows the race without spoilers; the link’s ${part} is ignored.`), ...parsed.problems] };
  if (compare) {
    // The path names the two races; the query says the rest (the cursor, whose incident, …).
    params.delete('compare');
    return withSpoilerNotice(parseView(`?${new URLSearchParams({ compare: compare.join(',') }).toString()}${params.size > 0 ? `&${params.toString()}` : ''}`, catalog));
  }
  if (race === null) return parseView(search, catalog);
  // The path names the race and the incident (or the driver followed); a `race` or `event` in the
  // query of such a page is ignored, and so is a `follow` on a follow page, each with a word.
  const named = new URLSearchParams({ race, ...(event !== null && { event }), ...(follow !== null && { follow }) });
  // A spoiler-free page names only the race: the incident and the driver followed ride in its query.
  const ignored = overruled(params, named, noSpoilers ? ['race'] : follow !== null ? ['race', 'event', 'follow'] : ['race', 'event']);
  const parsed = withSpoilerNotice(parseView(`?${named.toString()}${params.size > 0 ? `&${params.toString()}` : ''}`, catalog));
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
  const path = view.hideAhead
    ? `${race}${NO_SPOILERS_SEGMENT}/`
    : view.event !== null
      ? `${race}${encodeURIComponent(view.event)}/`
      : view.follow !== null
        ? `${race}${FOLLOW_SEGMENT}/${encodeURIComponent(view.follow)}/`
        : race;
  const query = new URLSearchParams(serializeView(view));
  query.delete('race');
  query.delete('spoilers');
  if (!view.hideAhead) {
    query.delete('event');
    if (view.event === null) query.delete('follow');
  }
  // The lap is left out where it is the lap the page opens on anyway (the incident's, or the race's opening lap).
  const withoutLap = new URLSearchParams(query);
  withoutLap.delete('lap');
  const rest = sameView(parseAddress(path, `?${withoutLap.toString()}`, catalog).view, view) ? withoutLap : query;
  return rest.size > 0 ? `${path}?${rest.toString()}` : path;
}

/** A comparison's address: its page, plus the query the rest of the view needs (no `at` when it is where the page opens). */
function compareAddressOf(view: View, root: string, catalog: Catalog): string {
  const [a, b] = view.compare!.races;
  const path = `${root}${COMPARE_SEGMENT}/${encodeURIComponent(a)}/${encodeURIComponent(b)}/${view.hideAhead ? `${NO_SPOILERS_SEGMENT}/` : ''}`;
  const query = new URLSearchParams(serializeView(view));
  query.delete('compare');
  query.delete('spoilers');
  const withoutAt = new URLSearchParams(query);
  withoutAt.delete('at');
  const rest = sameView(parseAddress(path, `?${withoutAt.toString()}`, catalog).view, view) ? withoutAt : query;
  return rest.size > 0 ? `${path}?${rest.toString()}` : path;
}
