// `npm run test:third-race`: proves that a race is a data file away. It copies the project into a
// temporary folder (node_modules linked, not copied), adds a third race there exactly as a newsroom
// would, as src/data/races/test-speedway-2024/race.json (the fixture src/data/fixtures/test-speedway-2024.json:
// a 2024 race, between the shipped two, with Corey Heim in it), and then, in that copy:
//
//   1. runs the unit tests that depend on which races there are (data, state, app, cards; `-- --all`
//      runs the whole unit suite), which must pass with the third race as they do without it;
//   2. builds the site (vite build, then the prerender with its data check) and checks that the new
//      race got its page, its incidents' pages, its follow pages, its comparisons with each other race,
//      its race file and every card, and that the root page is still the front page's race.
//
// Nothing in the project is changed and no code path exists for it: the copy is the project plus one file.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { copyProject } from './project-copy.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURE = resolve(ROOT, 'src/data/fixtures/test-speedway-2024.json');
const race = JSON.parse(readFileSync(FIXTURE, 'utf8'));
const ALL = process.argv.includes('--all');
/** The unit tests whose outcome depends on the races the data has. */
const DATA_DEPENDENT = ['src/data', 'src/state', 'src/app', 'scripts/cards.test.ts', 'src/features/incident/IncidentStepper.test.tsx', 'src/features/record/RaceRecord.test.tsx'];

const t0 = performance.now();
const { dir: copy, remove } = copyProject('lapline-third-race-');
let failed = false;
const fail = (message) => {
  failed = true;
  console.error(`FAIL ${message}`);
};
const run = (label, command, args, env = {}) => {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { cwd: copy, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) fail(`${label} (exit ${result.status})`);
  return result.status === 0;
};

try {
  mkdirSync(resolve(copy, 'src/data/races', race.id));
  cpSync(FIXTURE, resolve(copy, 'src/data/races', race.id, 'race.json'));
  console.log(`A copy of the project with a third race, ${race.id} (${race.name}), in ${copy}`);

  run('validate', 'node', ['scripts/validate.mjs']);
  // A longer time limit than the suite's own 5 s: this runs beside the rest of CI, on a machine that may be busy.
  run(ALL ? 'the whole unit suite' : 'the unit tests that depend on the races', 'npx', ['vitest', 'run', '--testTimeout=30000', ...(ALL ? [] : DATA_DEPENDENT)]);
  if (run('vite build', 'npx', ['vite', 'build', '--logLevel', 'warn']) && run('prerender', 'node', ['scripts/prerender.mjs'])) {
    const dist = resolve(copy, 'dist');
    const expect = (path, what) => existsSync(resolve(dist, path)) || fail(`no ${what}: dist/${path}`);
    expect(`${race.id}/index.html`, 'race page');
    for (const event of race.events) {
      expect(`${race.id}/${event.id}/index.html`, 'incident page');
      expect(`cards/${race.id}/${event.id}.png`, 'incident card');
    }
    // Every driver of the race has a follow page (the app writes each one's address).
    const followed = race.drivers.map((d) => d.id);
    for (const driver of followed) {
      expect(`${race.id}/follow/${driver}/index.html`, 'follow page');
      expect(`cards/${race.id}/follow/${driver}.png`, 'follow card');
    }
    expect(`cards/${race.id}.png`, 'race card');
    const others = readdirSync(resolve(copy, 'src/data/races')).filter((id) => id !== race.id);
    for (const other of others) {
      const other_ = JSON.parse(readFileSync(resolve(copy, 'src/data/races', other, 'race.json'), 'utf8'));
      const pair = other_.date < race.date || (other_.date === race.date && other < race.id) ? [other, race.id] : [race.id, other];
      expect(`compare/${pair[0]}/${pair[1]}/index.html`, 'comparison page');
      expect(`cards/compare/${pair[0]}/${pair[1]}.png`, 'comparison card');
    }
    if (!readdirSync(resolve(dist, 'data')).some((f) => f.startsWith(`${race.id}-`) && f.endsWith('.json'))) fail(`no race file dist/data/${race.id}-….json`);
    const frontPage = JSON.parse(readFileSync(resolve(copy, 'src/data/site.json'), 'utf8')).frontPage;
    const root = readFileSync(resolve(dist, 'index.html'), 'utf8');
    if (!new RegExp(`<link rel="canonical" href="[^"]*/${frontPage}/"`).test(root)) fail(`the root page is not ${frontPage}'s page`);
    // A driver of the new race who raced before is the same person there: one follow page per race.
    if (followed.includes('corey-heim') && !existsSync(resolve(dist, 'phoenix-2023/follow/corey-heim/index.html'))) fail('no follow page of Corey Heim at Phoenix');
    if (!failed) console.log(`\nThe third race has its page, ${race.events.length} incident pages, ${followed.length} follow pages, ${others.length} comparisons, its race file and every card; the root page is still ${frontPage}.`);
  }
} finally {
  remove();
}
console.log(`\n${failed ? 'FAILED' : 'Passed'}: a third race, in ${((performance.now() - t0) / 1000).toFixed(0)} s.`);
process.exit(failed ? 1 : 0);
