// `node scripts/stress-race.mjs [out.json]`: writes a generated stress race (1,000 laps, 2,000
// events, 40 drivers) for the scrubbing benchmark. Deterministic: a seeded PRNG, so every run and
// every machine benchmarks the same race. Checked with the app's own validator before it is
// written, so a schema change that the generator misses fails here, not as a silent error card.
//
// It must never ship to readers: it is written under bench-results/ (git-ignored) and only a build
// with VITE_LAPLINE_STRESS=1 picks it up (see src/data/fetchDataset.ts and scripts/bench.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runnerImport } from 'vite';

export const STRESS_RACE_ID = 'stress-1000-laps';
const ROOT = resolve(import.meta.dirname, '..');
/** Where the stress build's glob looks (src/data/fetchDataset.ts): bench-results/races/<id>/race.json. */
export const STRESS_RACE_FILE = resolve(ROOT, 'bench-results/races', STRESS_RACE_ID, 'race.json');

const LAPS = 1000;
const SCHEDULED = 990; // the last 10 laps are two overtimes, so the overtime code paths run too
const EVENTS = 2000;
const DRIVERS = 40;
const SOURCE = { record: 'Generated stress race', url: 'https://example.org/stress' };

/** mulberry32: a tiny, well-mixed 32-bit PRNG; the same seed gives the same race everywhere. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds the race object (pure; same seed, same race). */
export function generateStressRace(seed = 20231103) {
  const random = prng(seed);
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = (items) => items[Math.floor(random() * items.length)];

  const drivers = Array.from({ length: DRIVERS }, (_, i) => ({
    id: `driver-${String(i + 1).padStart(2, '0')}`,
    name: `Driver ${i + 1}`,
    car: String(i + 1),
    team: `Team ${(i % 12) + 1}`,
    ...(i < 4 ? { contender: true } : {}),
  }));
  const driverIds = drivers.map((d) => d.id);

  // Events spread over every lap, sorted by lap (the validator requires lap order).
  const laps = Array.from({ length: EVENTS }, () => int(1, LAPS)).sort((a, b) => a - b);
  const kinds = ['contact', 'caution', 'pit', 'leader', 'finish'];
  const certainties = ['exact', 'exact', 'approximate', 'inferred'];
  const events = laps.map((lap, i) => {
    const kind = i === EVENTS - 1 ? 'finish' : pick(kinds.slice(0, 4));
    const certainty = pick(certainties);
    const involved = Array.from(new Set(Array.from({ length: int(1, 3) }, () => pick(driverIds))));
    const event = {
      id: `event-${String(i + 1).padStart(4, '0')}`,
      lap,
      certainty,
      kind,
      title: `Generated ${kind} ${i + 1}`,
      description: `A generated ${kind} event on lap ${lap}, for the scrubbing benchmark.`,
      drivers: involved,
      sources: [SOURCE],
    };
    // A range is required whenever the lap is not exact; it must contain the lap.
    if (certainty !== 'exact') event.lapRange = [Math.max(1, lap - int(0, 6)), Math.min(LAPS, lap + int(0, 6))];
    if (random() < 0.02) event.key = true;
    return event;
  });

  const stageEnds = [250, 500, 750, SCHEDULED];
  const cautionPeriods = Array.from({ length: 40 }, (_, i) => {
    const startLap = i * 24 + int(2, 10);
    return { number: i + 1, startLap, endLap: startLap + int(2, 8), certainty: pick(certainties), cause: `Generated caution ${i + 1}`, sources: [SOURCE] };
  });
  // A stop drawn under a caution cannot run past its restart (a consistency rule): such a range ends there.
  for (const event of events) {
    const under = event.lapRange && cautionPeriods.find((c) => c.startLap <= event.lap && event.lap <= c.endLap);
    if (under && event.lapRange[1] > under.endLap) event.lapRange[1] = under.endLap;
  }
  // Led by drivers outside the title fight: a contender leading the race while the title fight puts
  // another ahead is a contradiction the validation refuses.
  const leaders = driverIds.slice(4);
  const leaderSpans = Array.from({ length: 50 }, (_, i) => ({
    driver: pick(leaders),
    startLap: i * 20 + 1,
    endLap: i * 20 + 20,
    certainty: pick(certainties),
    sources: [SOURCE],
  }));

  return {
    id: STRESS_RACE_ID,
    name: 'Stress race (generated)',
    series: 'Generated',
    date: '2099-01-01',
    track: { name: 'Generated Speedway', location: 'Nowhere', lengthMiles: 1 },
    scheduledLaps: SCHEDULED,
    lapsRun: LAPS,
    stages: stageEnds.map((endLap, i) => ({ number: i + 1, endLap, winner: pick(driverIds), sources: [SOURCE] })),
    overtimes: [
      { number: 1, startLap: SCHEDULED + 1, endLap: SCHEDULED + 5, certainty: 'inferred', summary: 'Generated overtime 1.', sources: [SOURCE] },
      { number: 2, startLap: SCHEDULED + 6, endLap: LAPS, certainty: 'exact', summary: 'Generated overtime 2.', sources: [SOURCE] },
    ],
    winner: driverIds[0],
    champion: driverIds[1],
    drivers,
    events,
    // Consistent with itself, as the validation's rules require: the caution laps are those its periods
    // cover, and each results row's laps led is the laps-led table's.
    cautions: { total: cautionPeriods.length, laps: cautionPeriods.reduce((n, c) => n + c.endLap - c.startLap + 1, 0), sources: [SOURCE], periods: cautionPeriods },
    results: drivers.map((d, i) => ({ position: i + 1, driver: d.id, start: DRIVERS - i, laps: LAPS - i, status: 'Running', lapsLed: 25 })),
    resultsSources: [SOURCE],
    lapsLed: drivers.map((d) => ({ driver: d.id, laps: 25, sources: [SOURCE] })),
    leaderSpans,
    titleFight: [0, 300, 600, 900].map((fromLap, i) => ({
      fromLap: fromLap + 1,
      leader: driverIds[i],
      certainty: 'inferred',
      note: `Generated title-fight change ${i + 1}.`,
      sources: [SOURCE],
    })),
    keyFacts: [{ label: 'Events', value: String(EVENTS), sources: [SOURCE] }],
    sources: [SOURCE],
  };
}

/** Generates, validates with the app's validator, writes; returns the file written. Throws on a validation error. */
export async function writeStressRace(file = STRESS_RACE_FILE) {
  const race = generateStressRace();
  const { module } = await runnerImport('/src/data/validateRace.ts', { root: ROOT, logLevel: 'silent' });
  const { errors } = module.validateRace(file, race, { articleIds: new Set(), expectedId: STRESS_RACE_ID });
  if (errors.length > 0) {
    const lines = errors.slice(0, 20).map((e) => `  ${e.path}: ${e.message}`);
    throw new Error(`The generated stress race fails the app's validation (${errors.length} problems):\n${lines.join('\n')}`);
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(race, null, 1)}\n`);
  return file;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = await writeStressRace(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`Wrote ${file}: ${LAPS} laps, ${EVENTS} events, ${DRIVERS} drivers (valid).`);
}
