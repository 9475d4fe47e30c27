// Types of scripts/build/pageHtml.mjs, for the TypeScript that uses it (its test).

/** What index.html's root holds before a page's markup takes its place. */
export const BOOT: string;

/** Text for an HTML attribute or element. */
export function escapeHtml(text: string): string;

/** JSON that cannot end its <script> element early. */
export function inlineJson(value: unknown): string;

/** The 404 page from the built index.html, its files at absolute paths under `sitePath`. */
export function notFoundHtml(
  html: string,
  page: { html: string; title: string; description: string; data: { root: string; races: string[] } },
  sitePath: string,
): string;
