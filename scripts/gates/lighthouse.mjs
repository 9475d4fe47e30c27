// @ts-check
// `npm run lighthouse`: Lighthouse on the production build in dist/ (run `npm run build` first), on
// the root page, a moment's prerendered page and the comparison's (LIGHTHOUSE_PAGES, paths relative to the site),
// served by `vite preview`, in the system Chromium (launched by chrome-launcher with the e2e flags).
// Lighthouse's default config is its mobile preset: a phone screen, simulated slow 4G and a 4x
// slower CPU. Lighthouse 12.8 is the newest release that runs on Node 20 (13 needs Node 22.19).
// The performance score moves with the machine's load, so it runs 3 times (LIGHTHOUSE_RUNS) and
// keeps the median run, as Lighthouse's own docs advise; the other categories do not vary.
// Writes each page's median run to bench-results/lighthouse.json (the root) and lighthouse-<n>.json;
// exits 1 when any page is below the thresholds:
// performance ≥ 95, accessibility, best practices and SEO 100.
import { FRONT_PAGE, keyMoment, RACE_PAIRS } from '../fixtures/races.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium, ROOT, serve } from './bench-browser.mjs';

const THRESHOLDS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const OUT = resolve(ROOT, 'bench-results');

const { path, args } = await chromium();
const server = await serve(resolve(ROOT, process.env.LAPLINE_DIST ?? 'dist'));

/**
 * The fields of an audit's detail item that the report prints: their names differ from audit to
 * audit (Lighthouse types each audit's items apart), and any may be absent.
 * @typedef {{ node?: { snippet?: string; selector?: string; explanation?: string }; url?: unknown; source?: { url?: unknown }; line?: unknown; index?: unknown; description?: unknown; message?: unknown; reason?: unknown; subItems?: { items?: { issueType?: unknown; url?: unknown }[] } }} DetailItem
 */

/**
 * Audits one page RUNS times and reports its median run; true when it meets every threshold.
 * @param {string} pagePath
 * @param {string} outFile
 * @returns {Promise<boolean>}
 */
async function audit(pagePath, outFile) {
  /** @type {{ lhr: import('lighthouse').Result; report: string | string[]; scores: Record<string, number> }[]} */
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    // A fresh browser per run: no cache or service state carries over between runs.
    const chrome = await chromeLauncher.launch({ chromePath: path, chromeFlags: args });
    try {
      const result = await lighthouse(new URL(pagePath, server.url).href, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(THRESHOLDS) });
      if (!result) throw new Error('Lighthouse returned no result.');
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not audit the page: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(Object.keys(THRESHOLDS).map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
      console.log(`run ${i + 1}/${RUNS}: ${Object.entries(scores).map(([id, s]) => `${id} ${s}`).join(', ')}`);
      runs.push({ lhr, report: result.report, scores });
    } finally {
      await chrome.kill();
    }
  }

  const median = [...runs].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor(runs.length / 2)];
  const { lhr, scores } = median;
  mkdirSync(OUT, { recursive: true });
  writeFileSync(resolve(OUT, outFile), typeof median.report === 'string' ? median.report : JSON.stringify(lhr, null, 2));

  console.log(`\n${pagePath}: Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}, ${lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? ''}; median of ${runs.length} run(s):`);
  let pass = true;
  for (const [id, min] of Object.entries(THRESHOLDS)) {
    const ok = scores[id] >= min;
    pass &&= ok;
    console.log(`  ${lhr.categories[id].title.padEnd(16)} ${String(scores[id]).padStart(3)}  (needs ≥ ${min}) ${ok ? 'ok' : 'BELOW'}`);
  }
  const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
  console.log(`  metrics: ${metrics.map((id) => `${lhr.audits[id]?.title} ${lhr.audits[id]?.displayValue}`).join(', ')}`);

  /** The telling fields of one audit detail item (their names differ from audit to audit). @param {DetailItem} item */
  function describeItem(item) {
    const parts = [
      item.node?.snippet ?? item.node?.selector,
      item.url ?? item.source?.url,
      item.line !== undefined ? `line ${item.index ?? ''}: ${item.line}` : undefined,
      item.description ?? item.message ?? item.reason ?? item.node?.explanation,
      item.subItems?.items?.map((sub) => sub.issueType ?? sub.url).join(', '),
    ];
    return parts.filter((part) => typeof part === 'string' && part !== '').join(' — ') || JSON.stringify(item);
  }

  // Every audit that costs points, with its details, so the app can be fixed from this output alone.
  for (const [id, category] of Object.entries(lhr.categories)) {
    const failing = category.auditRefs.filter((ref) => {
      if (!(ref.weight > 0)) return false;
      const { score } = lhr.audits[ref.id];
      return score !== null && score < 1;
    });
    for (const ref of failing) {
      const audit = lhr.audits[ref.id];
      console.log(`\n[${id}] ${audit.id}: ${audit.title} (score ${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''})`);
      const { details } = audit;
      const items = details && 'items' in details && Array.isArray(details.items) ? /** @type {DetailItem[]} */ (/** @type {unknown} */ (details.items)) : [];
      for (const item of items.slice(0, 10)) console.log(`    - ${describeItem(item).slice(0, 300)}`);
      if (items.length > 10) console.log(`    … and ${items.length - 10} more (bench-results/lighthouse.json)`);
    }
  }
  console.log(`\nWrote bench-results/${outFile}. ${pass ? 'All thresholds met.' : 'BELOW THRESHOLD.'}`);
  return pass;
}

// The root page (the front page's race), a moment's page (its first key incident, issue 11) and a
// comparison (the first pair of races): all prerendered, all audited. Taken from the data, whatever races it has.
const DEFAULT_PAGES = ['./', `./${FRONT_PAGE}/${keyMoment(FRONT_PAGE)}/`, ...RACE_PAIRS.slice(0, 1).map(([a, b]) => `./compare/${a}/${b}/`)];
const PAGES = (process.env.LIGHTHOUSE_PAGES ?? DEFAULT_PAGES.join(' ')).split(/\s+/).filter(Boolean);
let allPass = true;
try {
  for (const [i, page] of PAGES.entries()) allPass = (await audit(page, i === 0 ? 'lighthouse.json' : `lighthouse-${i}.json`)) && allPass;
} finally {
  await server.close();
}
process.exit(allPass ? 0 : 1);
