// @ts-check
/**
 * `npm run mutate`: runs StrykerJS on the core (stryker.config.mjs), then on what a shared link gives
 * (stryker.pages.config.mjs: the address sync, the pages' metadata and head, the link-preview cards), then
 * on the components with the most logic (stryker.components.config.mjs), and after each prints
 * its mutation score per folder (scripts/gates/mutation-score.mjs), whatever Stryker's own verdict,
 * so a failing run still says where. Every run always runs; fails when any Stryker run fails (its
 * `thresholds.break`) or a folder is under its threshold.
 * Extra arguments go to Stryker, in every run (e.g. `npm run mutate -- --force`).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

/** Each run: its Stryker configuration and the JSON report it writes. */
const RUNS = [
  { name: 'the core', config: 'stryker.config.mjs', report: 'reports/mutation/mutation.json' },
  { name: 'what a shared link gives', config: 'stryker.pages.config.mjs', report: 'reports/mutation/pages.json' },
  { name: 'the components with the most logic', config: 'stryker.components.config.mjs', report: 'reports/mutation/components.json' },
];
// Stryker tests a copy of the project in .stryker-tmp/; the seed articles stay beside this one.
process.env.LAPLINE_SEEDS ??= resolve('../shared/seeds');
let failed = false;
for (const run of RUNS) {
  // A report left from an earlier run must never be scored as this one's.
  rmSync(run.report, { force: true });
  console.log(`\n=== Mutation testing: ${run.name} (${run.config}) ===\n`);
  const started = Date.now();
  const stryker = spawnSync('npx', ['stryker', 'run', run.config, ...process.argv.slice(2)], { stdio: 'inherit', env: process.env });
  console.log(`\nStryker took ${((Date.now() - started) / 60000).toFixed(1)} min for ${run.name} (exit ${stryker.status ?? stryker.signal}).`);
  const score = spawnSync(process.execPath, ['scripts/gates/mutation-score.mjs', run.report, run.config], { stdio: 'inherit' });
  failed ||= stryker.status !== 0 || score.status !== 0;
}
process.exit(failed ? 1 : 0);
