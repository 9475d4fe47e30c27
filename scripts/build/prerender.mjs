// @ts-check
// `npm run build`'s last step: writes a static page per race and per incident into dist/ (issue 11).
//
//   dist/index.html                          the root page: the race src/data/site.json names (frontPage)
//   dist/<race-id>/index.html                a race
//   dist/<race-id>/<event-id>/index.html     an incident
//   dist/<race-id>/follow/<driver-id>/index.html   the race followed by one driver (each of its drivers)
//   dist/<race-id>/no-spoilers/index.html    the race without spoilers, from its start (issue 19)
//   dist/compare/<a>/<b>/index.html, …/no-spoilers/index.html   two races side by side, and without spoilers
//   dist/404.html                            what a static host serves for an address it has no file for
//
// Each page is the app itself rendered at that view (src/app/prerender.tsx, loaded through the
// scripts' loader, scripts/lib/load.mjs: Vite's SSR loader, so the TypeScript and the CSS imports resolve as in the app), inside the built
// index.html: its own <title>, description, canonical URL, Open Graph and Twitter tags, and the data
// the page needs as an inline JSON block (not a script: the CSP allows it), so the browser hydrates
// it without fetching anything. Any static host serves the result: a path is a folder with an index.html.
//
// A page carries its own race only (src/data/load/embeddedDataset.ts); each other race is a file of its own,
// dist/data/<race-id>-<hash>.json (the race as the build checked it, named by its content so that it
// can be cached for good), which the page fetches when the reader opens that race.
//
// Each page's link-preview image is its moment's card (scripts/build/cards.mjs): dist/cards/<race>.png,
// dist/cards/<race>/<event>.png and dist/cards/<race>/follow/<driver>.png, 1200×630, drawn from the
// app's own timeline at that moment.
//
// The site's public address, for canonical and image URLs, comes from LAPLINE_SITE_URL (default
// http://localhost:4173/, where `npm run preview` serves); set it to where the site is published.
// Its path is where the 404 page finds the site's files: a host serves that page at the depth of the
// address that was not found, so its asset URLs and links are absolute paths from there.
//
// Bad data never ships: before anything is written, the data is checked as `npm run validate` checks
// it (scripts/build/data-check.mjs); on any problem the prerender prints every one, `file:line: path:
// problem`, and exits 1, so no page, card or race file is made from data that failed its checks.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { renderCards } from './cards.mjs';
import { checkData } from './data-check.mjs';
import { BOOT, escapeHtml, inlineJson, notFoundHtml } from './pageHtml.mjs';
import { openApp } from '../lib/load.mjs';
import { ROOT } from '../lib/root.mjs';
/** @import { PageId } from '../../src/data/pages.ts' */

/** A page the build writes: one of the app's pages, or the root page (the front page's race at the site's root). @typedef {PageId & { root?: true }} Page */

const DIST = resolve(ROOT, process.env.LAPLINE_DIST ?? 'dist');
const SITE = new URL(process.env.LAPLINE_SITE_URL ?? 'http://localhost:4173/');
if (!SITE.pathname.endsWith('/')) SITE.pathname += '/';

const t0 = performance.now();
const checked = await checkData();
if (checked.problems.length > 0) {
  for (const problem of checked.problems) console.error(checked.describe(problem));
  console.error(`The build refuses the data: ${checked.problems.length} problem${checked.problems.length === 1 ? '' : 's'} (above). Nothing was prerendered.`);
  process.exit(1);
}
const template = readFileSync(resolve(DIST, 'index.html'), 'utf8');
if (!template.includes(BOOT)) throw new Error(`dist/index.html has no ${BOOT}: has index.html changed?`);

const cards = await renderCards({ outDir: resolve(DIST, 'cards') });

/**
 * The page as public/prepaint.js reads it: what it is (absent on a spoiler-free page, which has
 * nowhere further to go), the way back to the site's root, and every race id.
 * @param {Page} page
 * @param {string} up
 * @param {string[]} raceIds
 */
const prepaintAttributes = (page, up, raceIds) => {
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

const app = await openApp();
try {
  /** @type {typeof import('../../src/app/prerender.tsx')} */
  const prerender = await app.load('/src/app/prerender.tsx');
  const { pageIds, rootPage, renderPage, embeddedPayload, raceFiles, renderNotFound, cardFileOf } = prerender;
  // Each page's card, where the cards were written (src/data/pages.ts: one rule for both).
  /** @param {PageId} page */
  const cardUrl = (page) => new URL(`cards/${cardFileOf(page)}`, SITE).href;
  // The races' files, named by their content; each page lists where the ones it does not carry are.
  rmSync(resolve(DIST, 'data'), { recursive: true, force: true });
  mkdirSync(resolve(DIST, 'data'));
  /** @type {Record<string, string>} */
  const files = {};
  for (const { id, json } of raceFiles()) {
    const file = `data/${id}-${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`;
    files[id] = file;
    writeFileSync(resolve(DIST, file), json);
  }
  /** @type {Page[]} */
  const pages = [{ root: true, ...rootPage() }, ...pageIds()];
  const raceIds = Object.keys(files);
  for (const page of pages) {
    const rendered = await renderPage(page, SITE.pathname);
    // The root page is the default race's page at the site's root.
    const path = page.root ? '' : rendered.path;
    const depth = path.split('/').filter(Boolean).length;
    const url = new URL(path, SITE).href;
    const head = [
      `<title>${escapeHtml(rendered.title)}</title>`,
      `<meta name="description" content="${escapeHtml(rendered.description)}" />`,
      `<link rel="canonical" href="${escapeHtml(new URL(rendered.path, SITE).href)}" />`,
      `<meta property="og:site_name" content="Lapline" />`,
      `<meta property="og:type" content="article" />`,
      `<meta property="og:title" content="${escapeHtml(rendered.title)}" />`,
      `<meta property="og:description" content="${escapeHtml(rendered.description)}" />`,
      `<meta property="og:url" content="${escapeHtml(url)}" />`,
      `<meta property="og:image" content="${escapeHtml(cardUrl(page))}" />`,
      `<meta property="og:image:width" content="1200" />`,
      `<meta property="og:image:height" content="630" />`,
      `<meta property="og:image:alt" content="${escapeHtml(`The lap timeline of the race at this moment: ${rendered.title}`)}" />`,
      `<meta name="twitter:card" content="summary_large_image" />`,
      `<meta name="twitter:image" content="${escapeHtml(cardUrl(page))}" />`,
      `<meta name="twitter:title" content="${escapeHtml(rendered.title)}" />`,
      `<meta name="twitter:description" content="${escapeHtml(rendered.description)}" />`,
    ].join('\n    ');
    const up = depth === 0 ? './' : '../'.repeat(depth);
    const html = template
      // Built asset paths are relative ("./assets/…"): from a page n folders deep they are "../" × n.
      .replace(/(href|src)="\.\//g, `$1="${up}`)
      // What public/prepaint.js needs to take a no-spoilers link to its spoiler-free page before it paints.
      .replace('<html lang="en">', `<html lang="en"${prepaintAttributes(page, up, raceIds)}>`)
      .replace(/<title>[^<]*<\/title>\s*<meta name="description" content="[^"]*" \/>/, head)
      .replace(
        BOOT,
        `<div id="root">${rendered.html}</div>\n    <script type="application/json" id="lapline-data">${inlineJson(embeddedPayload(rendered.view, page.compare ?? [page.raceId], files))}</script>`,
      );
    const file = resolve(DIST, path, 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  }
  writeFileSync(resolve(DIST, '404.html'), notFoundHtml(template, renderNotFound(SITE.pathname), SITE.pathname));
  console.log(`Drew ${cards.length} link-preview cards; wrote ${Object.keys(files).length} race files for the pages that do not carry them.`);
  const races = pages.filter((p) => !p.root && !p.eventId && !p.follow && !p.compare && !p.noSpoilers).length;
  const incidents = pages.filter((p) => p.eventId).length;
  const followed = pages.filter((p) => p.follow).length;
  const compared = pages.filter((p) => p.compare && !p.noSpoilers).length;
  const spoilerFree = pages.filter((p) => p.noSpoilers).length;
  console.log(
    `Prerendered ${pages.length} pages (the root, ${races} races, ${incidents} incidents, ${followed} drivers followed, ${compared} comparisons, ${spoilerFree} without spoilers) for ${SITE.href} in ${((performance.now() - t0) / 1000).toFixed(1)} s.`,
  );
} finally {
  await app.close();
}

