// @ts-check
// The same race told with TimelineJS3 (Knight Lab, @knight-lab/timelinejs, MPL-2.0), as the yardstick
// for Lapline's first paint (scripts/gates/lcp-compare.mjs). For each race it writes a static page,
// bench-results/timelinejs/<race-id>/index.html, built from the app's own src/data/races/<id>/race.json:
// a title slide with the race, one slide per event (headline = the event's title, text = its
// description, the caution it brought out if any, and its sources; the lap as the displayed date), the
// stages as eras.
//
// TimelineJS only knows calendar dates, so lap N is placed N minutes after midnight on race day and
// every slide carries `display_date: "Lap N"`: readers see laps on the slides and markers (the time
// axis still labels its ticks in clock time; TimelineJS has no other scale).
//
// Offline, as everything here: TimelineJS's own timeline.js and timeline.css (with its icon font)
// are copied from node_modules, in the folder layout of its dist/ (js/, css/, css/icons/, css/fonts/),
// which the stylesheet's icon-font URLs expect; the page points TimelineJS's script_path at its own
// js/ folder (the default is Knight Lab's CDN). Its default typeface set ('default') loads PT Sans and
// PT Serif from Google Fonts; the page asks instead for its 'georgia-helvetica' set, which uses
// system fonts only, as Lapline does. Nothing is fetched from another host (lcp-compare checks it).
// The data are inline in the page, as in TimelineJS's "JSON object" embedding (no extra request).
//
// Run alone with `node scripts/gates/timelinejs-page.mjs [race-id…]`; lcp-compare.mjs imports it.
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RACE_IDS } from '../fixtures/races.mjs';
import { ROOT } from '../lib/root.mjs';
/** @import { Race, SourceRef } from '../../src/data/schema.ts' */

/** A TimelineJS date (its documented fields). @typedef {{ year: number; month: number; day: number; hour: number; minute: number; display_date?: string }} TimelineDate */

/** Where the pages go: beside the other measurements, outside dist/ (never shipped). */
export const TIMELINEJS_OUT = resolve(ROOT, 'bench-results', 'timelinejs');
/** The races the project has (scripts/fixtures/races.mjs). */
export const RACES = RACE_IDS;
/** The system-font typeface set of TimelineJS (see the header). */
const FONT = 'georgia-helvetica';
const PACKAGE = resolve(ROOT, 'node_modules', '@knight-lab', 'timelinejs');

/** The HTML entity of each character escapeHtml escapes. @type {Record<string, string>} */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for a TimelineJS text field: TimelineJS renders those as HTML, and the data are plain text. @param {unknown} text */
function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => /** @type {string} */ (ENTITIES[c]));
}

/**
 * A TimelineJS date `minutes` after midnight on race day.
 * @param {Race} race
 * @param {number} minutes
 * @returns {TimelineDate}
 */
function raceTime(race, minutes) {
  const [year, month, day] = /** @type {[number, number, number]} */ (race.date.split('-').map(Number));
  return { year, month, day, hour: Math.floor(minutes / 60), minute: minutes % 60 };
}

/** A TimelineJS date for a lap: race day plus `lap` minutes (see the header), shown as "Lap N". @param {Race} race @param {number} lap */
function lapDate(race, lap) {
  return { ...raceTime(race, lap), display_date: `Lap ${lap}` };
}

/**
 * The titles of the articles the data cite by id (`{ article }` sources carry no URL).
 * @returns {Map<string, string>}
 */
function articleTitles() {
  /** @type {{ articles: { id: string; title: string }[] }} */
  const { articles } = JSON.parse(readFileSync(resolve(ROOT, 'src/data/articles.json'), 'utf8'));
  return new Map(articles.map((a) => [a.id, a.title]));
}

/**
 * An event's sources as one HTML paragraph: linked records, and cited articles by their title.
 * @param {SourceRef[]} sources
 * @param {Map<string, string>} titles
 */
function sourcesHtml(sources, titles) {
  const items = sources.map((s) =>
    'article' in s ? `<cite>${escapeHtml(titles.get(s.article) ?? s.article)}</cite>` : `<a href="${escapeHtml(s.url)}">${escapeHtml(s.record)}</a>`,
  );
  return items.length > 0 ? `<p>Sources: ${items.join('; ')}</p>` : '';
}

/** The title slide: the race, where and when, who won. @param {Race} race */
function titleSlide(race) {
  /** @param {string} id */
  const driver = (id) => race.drivers.find((d) => d.id === id)?.name ?? id;
  const facts = [
    `${race.series}, ${race.track.name} (${race.track.location}), ${race.date}.`,
    `${race.lapsRun} laps run of ${race.scheduledLaps} scheduled.`,
    race.winner ? `Winner: ${driver(race.winner)}.` : '',
    race.champion ? `Champion: ${driver(race.champion)}.` : '',
  ];
  return { text: { headline: escapeHtml(race.name), text: `<p>${escapeHtml(facts.filter(Boolean).join(' '))}</p>` } };
}

/**
 * The stages as TimelineJS eras (bands along the time axis). Lap N runs from minute N − 1 to minute N,
 * so a stage spans from the previous stage's last lap (0 for the first) to its own: the bands touch.
 * @param {Race} race
 */
function eras(race) {
  return race.stages.map((stage, i) => ({
    start_date: raceTime(race, i === 0 ? 0 : race.stages[i - 1].endLap),
    end_date: raceTime(race, stage.endLap),
    text: { headline: `Stage ${stage.number}` },
  }));
}

/**
 * The caution periods by the event that brought each out, as a line for that event's slide.
 * Not eras: TimelineJS draws all eras in one row, where cautions would cover the stages.
 * @param {Race} race
 * @returns {Map<string, string>}
 */
function cautionLines(race) {
  // roval-2025 records no caution periods: the field is optional.
  /** @type {Map<string, string>} */
  const lines = new Map();
  for (const p of race.cautions?.periods ?? []) if (p.eventId) lines.set(p.eventId, `<p>Caution, laps ${p.startLap}–${p.endLap}.</p>`);
  return lines;
}

/**
 * The TimelineJS3 JSON of one race (its documented format: title, events, eras).
 * @param {Race} race
 * @param {Map<string, string>} [titles]
 */
export function timelineData(race, titles = articleTitles()) {
  const cautions = cautionLines(race);
  return {
    title: titleSlide(race),
    events: race.events.map((event) => ({
      unique_id: event.id,
      start_date: lapDate(race, event.lap),
      display_date: `Lap ${event.lap}`,
      text: { headline: escapeHtml(event.title), text: `<p>${escapeHtml(event.description)}</p>${cautions.get(event.id) ?? ''}${sourcesHtml(event.sources, titles)}` },
    })),
    eras: eras(race),
  };
}

/**
 * The page: TimelineJS's documented embedding (CSS and script in the head, a full-page container).
 * @param {Race} race
 * @param {ReturnType<typeof timelineData>} data
 */
function pageHtml(race, data) {
  // `<` escaped so no text in the data can close the inline script.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(race.name)} — TimelineJS</title>
    <meta name="description" content="${escapeHtml(`${race.name}, ${race.track.name}: the race lap by lap, told with TimelineJS3.`)}" />
    <link rel="stylesheet" href="css/timeline.css" />
    <script id="timeline-script-tag" src="js/timeline.js"></script>
    <style>
      html, body { height: 100%; margin: 0; padding: 0; }
      #timeline-embed { height: 100%; }
    </style>
  </head>
  <body>
    <div id="timeline-embed"></div>
    <script>
      // script_path: where TimelineJS loads its typeface CSS from. It defaults to Knight Lab's CDN
      // (not to the script's own folder), so it is given here, absolute as TimelineJS needs it.
      window.timeline = new TL.Timeline('timeline-embed', ${json}, {
        font: '${FONT}',
        script_path: new URL('js/', location.href).href,
      });
    </script>
  </body>
</html>
`;
}

/** Copies TimelineJS's script, stylesheet, icon font, typeface CSS and licence into `dir`. @param {string} dir */
function copyTimelineJs(dir) {
  const dist = resolve(PACKAGE, 'dist');
  if (!existsSync(resolve(dist, 'js/timeline.js'))) throw new Error('No TimelineJS in node_modules/@knight-lab/timelinejs: run `npm ci` first.');
  mkdirSync(resolve(dir, 'js'), { recursive: true });
  mkdirSync(resolve(dir, 'css', 'fonts'), { recursive: true });
  // No source maps: Lapline's build ships none either.
  copyFileSync(resolve(dist, 'js/timeline.js'), resolve(dir, 'js/timeline.js'));
  copyFileSync(resolve(dist, 'js/timeline.js.LICENSE.txt'), resolve(dir, 'js/timeline.js.LICENSE.txt'));
  copyFileSync(resolve(dist, 'css/timeline.css'), resolve(dir, 'css/timeline.css'));
  cpSync(resolve(dist, 'css/icons'), resolve(dir, 'css/icons'), { recursive: true });
  copyFileSync(resolve(dist, `css/fonts/font.${FONT}.css`), resolve(dir, `css/fonts/font.${FONT}.css`));
  copyFileSync(resolve(PACKAGE, 'LICENSE'), resolve(dir, 'LICENSE.timelinejs.txt'));
}

/**
 * Writes one page per race (the folder is rebuilt from scratch); returns `{ [raceId]: dir }`.
 * @param {readonly string[]} [races]
 * @param {string} [outDir]
 * @returns {Record<string, string>}
 */
export function buildTimelineJsPages(races = RACES, outDir = TIMELINEJS_OUT) {
  const titles = articleTitles();
  /** @type {Record<string, string>} */
  const dirs = {};
  for (const id of races) {
    /** @type {Race} */
    const race = JSON.parse(readFileSync(resolve(ROOT, 'src/data/races', id, 'race.json'), 'utf8'));
    const dir = resolve(outDir, id);
    rmSync(dir, { recursive: true, force: true });
    copyTimelineJs(dir);
    writeFileSync(resolve(dir, 'index.html'), pageHtml(race, timelineData(race, titles)));
    dirs[id] = dir;
  }
  return dirs;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const races = process.argv.length > 2 ? process.argv.slice(2) : RACES;
  for (const dir of Object.values(buildTimelineJsPages(races))) console.log(`Wrote ${relative(ROOT, dir)}/index.html`);
}
