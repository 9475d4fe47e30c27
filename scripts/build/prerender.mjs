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
import { BOOT, notFoundHtml, pageHtml } from './pageHtml.mjs';
import { openApp } from '../lib/load.mjs';
import { ROOT } from '../lib/root.mjs';

/** @import { Page } from './pageHtml.mjs' */

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

const app = await openApp();
try {
  /** @type {typeof import('../../src/app/prerender.tsx')} */
  const prerender = await app.load('/src/app/prerender.tsx');
  const { pageIds, rootPage, renderPage, embeddedPayload, raceFiles, renderNotFound, cardFileOf } = prerender;
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
    const payload = embeddedPayload(rendered.view, page.compare ?? [page.raceId], files);
    const html = pageHtml(template, { page, path, rendered, card: cardFileOf(page), payload, raceIds }, SITE);
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

