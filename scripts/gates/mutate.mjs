// @ts-check
/**
 * `npm run mutate`: runs StrykerJS on the core (stryker.config.mjs), then prints the mutation score
 * per folder (scripts/gates/mutation-score.mjs), whatever Stryker's own verdict, so a failing run still
 * says where. Fails when Stryker fails (its `thresholds.break`) or a folder is under its threshold.
 * Extra arguments go to Stryker (e.g. `npm run mutate -- --logLevel debug`).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const REPORT = 'reports/mutation/mutation.json';
// A report left from an earlier run must never be scored as this one's.
rmSync(REPORT, { force: true });
// Stryker tests a copy of the project in .stryker-tmp/; the seed articles stay beside this one.
process.env.LAPLINE_SEEDS ??= resolve('../shared/seeds');
const started = Date.now();
const stryker = spawnSync('npx', ['stryker', 'run', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env });
console.log(`\nStryker took ${((Date.now() - started) / 60000).toFixed(1)} min (exit ${stryker.status ?? stryker.signal}).`);
const score = spawnSync(process.execPath, ['scripts/gates/mutation-score.mjs', REPORT], { stdio: 'inherit' });
process.exit(stryker.status !== 0 ? (stryker.status ?? 1) : (score.status ?? 1));
