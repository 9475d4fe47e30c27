// @ts-check
// The HTML of the pages scripts/build/prerender.mjs writes, from the built index.html: each page's
// head (what a link preview reads: title, description, canonical URL, Open Graph and Twitter tags)
// and body (the app's markup and the data it hydrates from), and the 404 page (what a static host
// serves for an address it has no file for). Pure functions of their arguments, tested, and
// mutation-tested, without a build.
/** @import { PageId } from '../../src/data/pages.ts' */

/** A page the build writes: one of the app's pages, or the root page (the front page's race at the site's root). @typedef {PageId & { root?: true }} Page */

/** What index.html's root holds before a page's markup takes its place. */
export const BOOT = '<div id="root"><p class="boot">Loading the races…</p></div>';

/** Text for an HTML attribute or element. @param {string} text @returns {string} */
export const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON that cannot end its <script> element early (`</script>`, `<!--`). @param {unknown} value @returns {string} */
export const inlineJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/**
 * The 404 page: the built index.html (`html`) with every file it loads at an absolute path under the
 * site's root `sitePath` ("/", "/news/lapline/"), since a host serves it at the depth of whatever
 * address was not found; the not-found markup and title (src/app/prerender.tsx renderNotFound); and
 * the data its script reads in place of a page's data (src/app/notFound.ts). Never indexed.
 * @param {string} html
 * @param {{ html: string; title: string; description: string; data: unknown }} page
 * @param {string} sitePath
 * @returns {string}
 */
export function notFoundHtml(html, { html: markup, title, description, data }, sitePath) {
  if (!sitePath.startsWith('/') || !sitePath.endsWith('/')) throw new Error(`The site's path must start and end with "/": ${sitePath}`);
  const head = [`<title>${escapeHtml(title)}</title>`, `<meta name="description" content="${escapeHtml(description)}" />`, '<meta name="robots" content="noindex" />'].join('\n    ');
  return html
    .replace(/(href|src)="\.\//g, `$1="${escapeHtml(sitePath)}`)
    // Replaced by functions: a "$&" in a title or the markup is text, not a replacement pattern.
    .replace(/<title>[^<]*<\/title>\s*<meta name="description" content="[^"]*" \/>/, () => head)
    .replace(BOOT, () => `<div id="root">${markup}</div>\n    <script type="application/json" id="lapline-not-found">${inlineJson(data)}</script>`);
}

/**
 * The page as public/prepaint.js reads it: what it is (absent on a spoiler-free page, which has
 * nowhere further to go), the way back to the site's root, and every race id.
 * @param {Page} page
 * @param {string} up
 * @param {string[]} raceIds
 */
export const prepaintAttributes = (page, up, raceIds) => {
  const what = page.noSpoilers
    ? null
    : page.compare
      ? `compare ${page.compare[0]} ${page.compare[1]}`
      : page.root
        ? `root ${page.raceId}`
        : page.eventId
          ? `event ${page.raceId} ${page.eventId}`
          : page.follow
            ? `follow ${page.raceId} ${page.follow}`
            : `race ${page.raceId}`;
  return what === null ? '' : ` data-lapline-page="${escapeHtml(what)}" data-lapline-up="${escapeHtml(up)}" data-lapline-races="${escapeHtml(raceIds.join(' '))}"`;
};


/**
 * A page's head: its title and description, the canonical URL (the page's own path, the root page's
 * too: the root is a copy of the front race's page), og:url (where this copy is: the site's root for
 * the root page), and its card (`card`, the file under the site's cards/, src/data/pages.ts
 * cardFileOf) as the preview image. Every value is escaped: titles and descriptions come from the data.
 * @param {{ title: string; description: string; path: string; writtenAt: string; card: string }} page
 * @param {URL} site the site's public address, ending in "/"
 * @returns {string}
 */
export function pageHead({ title, description, path, writtenAt, card }, site) {
  const image = new URL(`cards/${card}`, site).href;
  return [
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}" />`,
    `<link rel="canonical" href="${escapeHtml(new URL(path, site).href)}" />`,
    `<meta property="og:site_name" content="Lapline" />`,
    `<meta property="og:type" content="article" />`,
    `<meta property="og:title" content="${escapeHtml(title)}" />`,
    `<meta property="og:description" content="${escapeHtml(description)}" />`,
    `<meta property="og:url" content="${escapeHtml(new URL(writtenAt, site).href)}" />`,
    `<meta property="og:image" content="${escapeHtml(image)}" />`,
    `<meta property="og:image:width" content="1200" />`,
    `<meta property="og:image:height" content="630" />`,
    `<meta property="og:image:alt" content="${escapeHtml(`The lap timeline of the race at this moment: ${title}`)}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:image" content="${escapeHtml(image)}" />`,
    `<meta name="twitter:title" content="${escapeHtml(title)}" />`,
    `<meta name="twitter:description" content="${escapeHtml(description)}" />`,
  ].join('\n    ');
}

/**
 * A page as the build writes it at `path` under the site ("" for the root page): the built index.html
 * (`template`) with asset paths relative to the page's folder, what public/prepaint.js reads on
 * <html>, the page's head (pageHead) in place of the template's title and description, and the
 * app's markup and the page's data block (JSON, not a script: the CSP allows it) in place of the
 * loading line.
 * @param {string} template
 * @param {{ page: Page; path: string; rendered: { html: string; path: string; title: string; description: string }; card: string; payload: unknown; raceIds: string[] }} parts
 * @param {URL} site
 * @returns {string}
 */
export function pageHtml(template, { page, path, rendered, card, payload, raceIds }, site) {
  const depth = path.split('/').filter(Boolean).length;
  const up = depth === 0 ? './' : '../'.repeat(depth);
  const head = pageHead({ title: rendered.title, description: rendered.description, path: rendered.path, writtenAt: path, card }, site);
  return (
    template
      // Built asset paths are relative ("./assets/…"): from a page n folders deep they are "../" × n.
      .replace(/(href|src)="\.\//g, `$1="${up}`)
      // What public/prepaint.js needs to take a no-spoilers link to its spoiler-free page before it paints.
      .replace('<html lang="en">', `<html lang="en"${prepaintAttributes(page, up, raceIds)}>`)
      .replace(/<title>[^<]*<\/title>\s*<meta name="description" content="[^"]*" \/>/, () => head)
      .replace(BOOT, () => `<div id="root">${rendered.html}</div>\n    <script type="application/json" id="lapline-data">${inlineJson(payload)}</script>`)
  );
}
