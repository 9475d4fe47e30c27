// @ts-check
/**
 * The mutation score per folder of the core, from Stryker's JSON report (`npm run mutate` runs it
 * after Stryker). Fails (exit 1) when data/ or lib/ score below 90%, or another core folder below
 * 80%: Stryker's own `thresholds.break` is one number for everything.
 *
 * Mutants listed in the run's `equivalentMutants` (in its Stryker configuration, each with its reason)
 * are left out of the score: no behaviour can tell them apart from the code. An entry that no longer matches a
 * surviving mutant is reported, so the list cannot go stale.
 *
 * Usage: node scripts/gates/mutation-score.mjs [report.json] [stryker configuration, default stryker.config.mjs]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A position in a source file, as Stryker's report has it (line and column 1-based). @typedef {{ line: number; column: number }} Position */
/** @typedef {{ start: Position; end: Position }} Location */
/**
 * The parts of Stryker's JSON report (mutation-testing-report-schema) read here.
 * @typedef {{ files: Record<string, { source: string; mutants: { location: Location; status: string; mutatorName: string; replacement?: string }[] }> }} Report
 */
/** An entry of a run's `equivalentMutants` (stryker.config.mjs has the list's rules). @typedef {(typeof import('../../stryker.config.mjs').equivalentMutants)[number]} Equivalent */
/** One folder's score. @typedef {{ detected: number; undetected: number; equivalent: number; survivors: string[] }} FolderScore */

/** The least score per folder; any other folder of the core needs DEFAULT_MIN. @type {Record<string, number>} */
export const MIN_SCORE = { 'src/data': 90, 'src/lib': 90, 'src/state/commands': 90 };
const DEFAULT_MIN = 80;

/**
 * The source text a mutant replaces (Stryker's locations: lines 1-based, columns 1-based).
 * @param {string} source
 * @param {Location} location
 * @returns {string}
 */
export function originalText(source, { start, end }) {
  const lines = source.split('\n');
  if (start.line === end.line) return lines[start.line - 1].slice(start.column - 1, end.column - 1);
  return [lines[start.line - 1].slice(start.column - 1), ...lines.slice(start.line, end.line - 1), lines[end.line - 1].slice(0, end.column - 1)].join('\n');
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** A file's folder for scoring: the deepest folder with a score of its own (the commands), else its top folder under src/. @param {string} file */
const folderOf = (file) =>
  Object.keys(MIN_SCORE)
    .filter((folder) => file.startsWith(`${folder}/`))
    .sort((a, b) => b.length - a.length)[0] ?? file.split('/').slice(0, 2).join('/');

/**
 * Scores each folder of a Stryker JSON report, leaving out the mutants that match `equivalents`.
 * @param {Report} report
 * @param {readonly Equivalent[]} equivalents
 * @returns {{ folders: Map<string, FolderScore>; stale: Equivalent[] }}
 */
export function scoreByFolder(report, equivalents) {
  /** @type {Map<string, FolderScore>} */
  const folders = new Map();
  /** @type {Map<Equivalent, number>} */
  const used = new Map(equivalents.map((e) => [e, 0]));
  for (const [file, { source, mutants }] of Object.entries(report.files)) {
    const folder = folderOf(file);
    const score = folders.get(folder) ?? { detected: 0, undetected: 0, equivalent: 0, survivors: [] };
    folders.set(folder, score);
    for (const mutant of mutants) {
      const original = originalText(source, mutant.location);
      const equivalent = equivalents.find((e) => e.file === file && e.original === original && mutant.replacement !== undefined && e.replacements.includes(mutant.replacement));
      if (equivalent && UNDETECTED.has(mutant.status)) {
        used.set(equivalent, (used.get(equivalent) ?? 0) + 1);
        score.equivalent++;
      } else if (DETECTED.has(mutant.status)) score.detected++;
      else if (UNDETECTED.has(mutant.status)) {
        score.undetected++;
        score.survivors.push(`${file}:${mutant.location.start.line}:${mutant.location.start.column} ${mutant.mutatorName} (${mutant.status}): ${JSON.stringify(original)} -> ${JSON.stringify(mutant.replacement ?? '')}`);
      }
    }
  }
  const stale = [...used].filter(([, n]) => n === 0).map(([e]) => e);
  return { folders, stale };
}

async function main() {
  const path = resolve(process.argv[2] ?? 'reports/mutation/mutation.json');
  const configFile = process.argv[3] ?? 'stryker.config.mjs';
  /** @type {readonly Equivalent[]} */
  const equivalents = (await import(pathToFileURL(resolve(configFile)).href)).equivalentMutants ?? [];
  /** @type {Report} */
  const report = JSON.parse(readFileSync(path, 'utf8'));
  const { folders, stale } = scoreByFolder(report, equivalents);
  let failed = false;
  const rows = [...folders].sort(([a], [b]) => a.localeCompare(b));
  console.log('\nMutation score per folder (killed + timed out, of all that ran; equivalent mutants left out)\n');
  console.log('folder          score   killed  survived  equivalent  needs');
  for (const [folder, s] of rows) {
    const total = s.detected + s.undetected;
    const pct = total === 0 ? 100 : (100 * s.detected) / total;
    const min = MIN_SCORE[folder] ?? DEFAULT_MIN;
    const ok = pct >= min;
    failed ||= !ok;
    console.log(
      `${(folder + '/').padEnd(15)} ${pct.toFixed(2).padStart(6)}%  ${String(s.detected).padStart(6)}  ${String(s.undetected).padStart(8)}  ${String(s.equivalent).padStart(10)}  >= ${min}%${ok ? '' : '  FAILED'}`,
    );
  }
  const all = rows.reduce((acc, [, s]) => ({ d: acc.d + s.detected, u: acc.u + s.undetected }), { d: 0, u: 0 });
  console.log(`${'all'.padEnd(15)} ${((100 * all.d) / Math.max(1, all.d + all.u)).toFixed(2).padStart(6)}%  ${String(all.d).padStart(6)}  ${String(all.u).padStart(8)}`);
  const survivors = rows.flatMap(([, s]) => s.survivors);
  if (survivors.length > 0) console.log(`\nSurviving mutants (${survivors.length}):\n  ${survivors.join('\n  ')}`);
  if (stale.length > 0) {
    failed = true;
    console.log(`\nEquivalent-mutant entries that match no surviving mutant (remove or fix them in ${configFile}):\n  ${stale.map((e) => `${e.file} ${JSON.stringify(e.original)}`).join('\n  ')}`);
  }
  if (failed) {
    console.log('\nMutation score below its threshold: write the test that kills the survivors listed above.');
    process.exit(1);
  }
  console.log('\nMutation score thresholds met.');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
