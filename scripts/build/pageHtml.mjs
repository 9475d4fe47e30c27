// @ts-check
// The HTML of the pages scripts/build/prerender.mjs writes, from the built index.html: the helpers, and the
// 404 page (what a static host serves for an address it has no file for).

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
    .replace(/<title>[^<]*<\/title>\s*<meta name="description" content="[^"]*" \/>/, head)
    .replace(BOOT, `<div id="root">${markup}</div>\n    <script type="application/json" id="lapline-not-found">${inlineJson(data)}</script>`);
}
