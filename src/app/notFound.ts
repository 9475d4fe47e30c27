/**
 * The site's 404 page (dist/404.html, which a static host serves for any address it has no file
 * for, at any depth). An address that names a race (a driver or an incident id mistyped, a page
 * that has moved, something after a page's path) opens the nearest view, with a notice naming what
 * was not found, as a query-form link would; any other says which address is not a page, beside the
 * links the page was built with. Its code loads only on that page.
 */
import type { RootOptions } from 'react-dom/client';
import { pageOfPath } from '../state/address';

/** What the 404 page's data block holds (scripts/prerender.mjs). */
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
    return;
  }
  import('./startProgressively').then(
    ({ startProgressively }) => startProgressively(rootElement, rootOptions, page, showFatal, page.problems),
    (error: unknown) => showFatal(new Error(`its code could not be loaded (${error instanceof Error ? error.message : String(error)})`)),
  );
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
