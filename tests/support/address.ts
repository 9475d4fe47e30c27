/**
 * The app's addresses in the end-to-end tests: the URL to open, and what the address bar says (the
 * view's parameters as the app reads them from a path or a query).
 */
import type { Page } from 'playwright-core';
import { inject } from 'vitest';

/** Absolute URL of the app with the given query string ("?race=…" or "race=…"; empty for the bare app), or an absolute URL as it is (another server's). */
export function appUrl(search = ''): string {
  if (/^https?:\/\//.test(search)) return search;
  // A page's path ("phoenix-2023/hocevar-spins-heim/?lap=130") or a query ("?race=…", "race=…").
  if (/^\/?[a-z0-9-]+\//.test(search)) return `${inject('baseURL')}${search.replace(/^\//, '')}`;
  const query = search === '' || search.startsWith('?') ? search : `?${search}`;
  return `${inject('baseURL')}${query}`;
}

/** The app's folder on the test server ("/"). */
const basePath = () => new URL(inject('baseURL')).pathname;

/**
 * One parameter of the view an address shows, as the app reads it: the race and the incident (or the
 * driver followed) from the path (/<race>/<event>/, /<race>/follow/<driver>/), anything else from
 * the query. Null when the address does not give it (a lap the page opens on anyway is left out of
 * the address). A comparison's page (/compare/<race>/<race>/) gives `compare` as "<race>,<race>",
 * and leaves `race` and `event` to the query.
 */
export function addressParam(url: string, name: string): string | null {
  const { pathname, searchParams } = new URL(url);
  const all = pathname.slice(basePath().length).split('/').filter(Boolean);
  // A spoiler-free page (/<race>/no-spoilers/, /compare/<a>/<b>/no-spoilers/) stands for spoilers=hide.
  const spoilerFree = all.at(-1) === 'no-spoilers';
  if (spoilerFree && name === 'spoilers') return 'hide';
  if (spoilerFree && all.length === 2) return name === 'race' ? all[0]! : searchParams.get(name);
  const segments = spoilerFree ? all.slice(0, -1) : all;
  if (segments[0] === 'compare' && segments.length === 3) return name === 'compare' ? segments.slice(1).join(',') : searchParams.get(name);
  const [race, event, driver] = segments;
  const followPage = event === 'follow' && driver !== undefined;
  if (name === 'race') return race ?? searchParams.get('race');
  if (name === 'event') return race !== undefined ? (followPage ? null : (event ?? null)) : searchParams.get('event');
  if (name === 'follow' && followPage) return driver;
  return searchParams.get(name);
}

/** The page's address relative to the app's folder, to open again in a fresh context (openApp). */
export function addressOfPage(page: Page): string {
  const url = new URL(page.url());
  return url.pathname.slice(basePath().length) + url.search;
}

/** The page's path and query as the address bar shows them after the host ("/phoenix-2023/no-spoilers/?lap=174"). */
export function pathAndQuery(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

/** One parameter of the page's current address (addressParam), as a function to poll: `expect.poll(param(page, 'zoom'))`. */
export const param =
  (page: Page, name: string) =>
  (): string | null =>
    addressParam(page.url(), name);
