/**
 * The site's 404 page (dist/404.html, which a static host serves for any address it has no file
 * for, at any depth). An address that names a race (a driver or an incident id mistyped, a page
 * that has moved, something after a page's path) opens the nearest view, with a notice naming what
 * was not found, as a query-form link would; any other says which address is not a page, beside the
 * links the page was built with. Its code loads only on that page.
 */
import type { RootOptions } from 'react-dom/client';
import { COMPARE_SEGMENT, FOLLOW_SEGMENT } from '../data/reserved';
import { showCodeFailure } from './codeFailure';

/** What the 404 page's data block holds (scripts/build/prerender.mjs). */
export type NotFoundData = {
  /** The site root the page was built for (LAPLINE_SITE_URL's path), e.g. "/" or "/news/lapline/". */
  root: string;
  /** The races' ids, in the site's order. */
  races: string[];
};

/** The element of the 404 page's markup (app/NotFoundPage.tsx) that says what was not found. */
export const NOT_FOUND_WHAT_ID = 'not-found-what';

/** Starts the app on the 404 page over the address the reader opened, or says what is not there. */
export function startNotFound(rootElement: HTMLElement, block: string, rootOptions: RootOptions, showFatal: (error: unknown) => void): void {
  const { root, races } = JSON.parse(block) as NotFoundData;
  const { pathname, search } = window.location;
  const page = pageOfPath(pathname, search, root, races);
  if (page === null) {
    const what = document.getElementById(NOT_FOUND_WHAT_ID);
    // Text, never HTML: the address is the reader's (or anyone's) to make up.
    if (what) what.textContent = `There is no page at “${decodedPath(pathname)}”: the address may be mistyped, or it may have been cut short when it was shared.`;
    // The page is all there is: nothing is still to start (app.css).
    document.documentElement.dataset.ready = '';
    return;
  }
  import('./startProgressively').then(({ startProgressively }) => startProgressively(rootElement, rootOptions, page, showFatal, page.problems), showCodeFailure);
}

/** A path as a reader would type it (percent-encoding undone where it can be), cut to a readable length. */
function decodedPath(pathname: string): string {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // Malformed percent-encoding (/%FF/): shown as it came.
  }
  return path.length > 80 ? `${path.slice(0, 80)}…` : path;
}

/**
 * The page an address stands for that no file answers (a static host serves its 404 page for it, at
 * any depth): its path under the site `root` read as the app reads a page's path, with what cannot
 * be a page put right and said, so that the app opens the nearest view and its notices name the
 * rest. An incident, a driver or a pair of races the path names is left for parseAddress to check and
 * report; a pair that is not two races (`/compare/<race>/`) goes to the query form, which says what is
 * wrong with it; segments past a page are dropped. The query stays as it is. Null when the path names
 * no race: there is nothing to open. Never throws.
 */
export function pageOfPath(
  pathname: string,
  search: string,
  root: string,
  raceIds: readonly string[],
): { pathname: string; search: string; problems: string[] } | null {
  const single = pathname.replace(/\/{2,}/g, '/');
  if (!single.startsWith(root)) return null;
  const segments = single.slice(root.length).replace(/(^|\/)index\.html$/, '').split('/').filter(Boolean);
  const [first, second, third] = segments;
  const page = (path: string, from = segments.length) => {
    const extra = segments.slice(from);
    const text = `${extra.join('/')}/`;
    const problems = extra.length === 0 ? [] : [`The address goes on past the page it names: “${text.length > 40 ? `${text.slice(0, 40)}…` : text}” is ignored.`];
    return { pathname: `${root}${path}`, search, problems };
  };
  if (first === undefined) return page('');
  if (first === COMPARE_SEGMENT) {
    if (segments.length >= 3 && raceIds.includes(second!) && raceIds.includes(third!)) return page(`${COMPARE_SEGMENT}/${second}/${third}/`, 3);
    // Not two races: the query form says what is wrong with it (state/compare.ts parseComparePair).
    let params: URLSearchParams;
    try {
      params = new URLSearchParams(search);
    } catch {
      params = new URLSearchParams();
    }
    params.set('compare', segments.slice(1).join(','));
    return { pathname: root, search: `?${params.toString()}`, problems: [] };
  }
  if (!raceIds.includes(first)) return null;
  if (second === undefined) return page(`${first}/`);
  // "/<race>/follow/" is the race's page.
  if (second === FOLLOW_SEGMENT) return third === undefined ? page(`${first}/`) : page(`${first}/${FOLLOW_SEGMENT}/${third}/`, 3);
  return page(`${first}/${second}/`, 2);
}
