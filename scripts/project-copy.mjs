// A throw-away copy of the project (its files, node_modules linked rather than copied), for checks
// that change the data as a newsroom would, without touching the project: npm run test:third-race,
// and the tests that the build refuses bad data (scripts/buildRefuses.test.ts).
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SKIP = new Set(['node_modules', 'dist', 'bench-results', 'reports', '.git', '.stryker-tmp', '__output__']);

/** Copies the project into a new temporary folder; returns its path and a function that removes it. */
export function copyProject(prefix = 'lapline-copy-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(ROOT, dir, { recursive: true, filter: (path) => !relative(ROOT, path).split(/[\\/]/).some((part) => SKIP.has(part)) });
  symlinkSync(resolve(ROOT, 'node_modules'), resolve(dir, 'node_modules'), 'junction');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
