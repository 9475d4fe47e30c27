// Bad data never ships: in a copy of the project with one bad change, the prerender (the build's
// last step, and the one test:e2e runs) and `npm run validate` refuse it, print every problem as
// `file:line: path: problem`, and write nothing. Each case runs the real scripts in a throw-away copy.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../fixtures/project-copy.mjs';

let copy: { dir: string; remove: () => void };
let quotes: string;
let phoenix: string;
beforeAll(() => {
  copy = copyProject('lapline-refuses-');
  quotes = readFileSync(resolve(copy.dir, 'src/data/quotes.json'), 'utf8');
  phoenix = readFileSync(resolve(copy.dir, 'src/data/races/phoenix-2023/race.json'), 'utf8');
});
afterAll(() => copy?.remove());

/** Runs a script of the copy with the data changed by `change`, then puts the data back. */
function runWith(script: string, change: () => void) {
  change();
  try {
    return spawnSync('node', [script], { cwd: copy.dir, encoding: 'utf8', env: { ...process.env, LAPLINE_DIST: 'dist-refused' } });
  } finally {
    writeFileSync(resolve(copy.dir, 'src/data/quotes.json'), quotes);
    writeFileSync(resolve(copy.dir, 'src/data/races/phoenix-2023/race.json'), phoenix);
  }
}
/** The quotes file with one quote's words changed, so that they are no longer the article's. */
const unverifiedQuote = () => {
  const json = JSON.parse(quotes) as { quotes: { id: string; text: string }[] };
  json.quotes[3]!.text = `${json.quotes[3]!.text} And then some.`;
  writeFileSync(resolve(copy.dir, 'src/data/quotes.json'), `${JSON.stringify(json, null, 2)}\n`);
  return json.quotes[3]!.id;
};

describe('the build refuses bad data', () => {
  it('fails on a quote that is not word for word in its article, naming the file, the line, the quote and the problem, and writes no page', () => {
    let id = '';
    const result = runWith('scripts/build/prerender.mjs', () => (id = unverifiedQuote()));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^src/data/quotes\\.json:\\d+: quotes\\[3\\] ${id} \\.text: is not found verbatim in article "[^"]+"`, 'm'));
    expect(result.stderr).toMatch(/The build refuses the data: 1 problem \(above\)\. Nothing was prerendered\./);
    expect(existsSync(resolve(copy.dir, 'dist-refused'))).toBe(false);
  }, 60_000);

  it('fails on a race file that is not valid JSON, with its line and column, and checks the other files too', () => {
    const result = runWith('scripts/build/prerender.mjs', () => {
      writeFileSync(resolve(copy.dir, 'src/data/races/phoenix-2023/race.json'), phoenix.replace(/\}\n {2}\],\n {2}"events"/, '},\n  ],\n  "events"'));
      unverifiedQuote();
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n').filter((l) => l.startsWith('src/'));
    expect(lines).toEqual([
      expect.stringMatching(/^src\/data\/quotes\.json:\d+: quotes\[3\] .*is not found verbatim/),
      expect.stringMatching(/^src\/data\/races\/phoenix-2023\/race\.json:\d+:3: not valid JSON \(trailing comma: remove the comma before it\)$/),
    ]);
  }, 60_000);

  it('npm run validate prints the same, and passes the data as shipped', () => {
    const bad = runWith('scripts/build/validate.mjs', unverifiedQuote);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^src\/data\/quotes\.json:\d+: quotes\[3\] .* \.text: is not found verbatim/m);
    const good = runWith('scripts/build/validate.mjs', () => {});
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/All race data is valid\./);
  }, 60_000);
});
