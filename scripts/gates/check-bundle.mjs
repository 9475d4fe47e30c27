// @ts-check
// `npm run check:bundle`: the first-load JavaScript budget of DESIGN.md (≤ 100 KB gzipped), on the
// normal build in dist/ (run `npm run build` first). First-load JavaScript is what index.html loads
// (module scripts and modulepreload links), what those scripts import, statically or with import()
// (the page's script, src/app/boot.ts, imports the app with import() once the page has painted, on
// every page), and everything all of that imports statically; chunks the app itself reaches only
// through import() load later, when needed, and are listed apart. Sizes are gzip at zlib's default
// level (what servers typically use on the fly), counted in bytes, 1 KB = 1,000 bytes (the stricter
// reading of "100 KB"). Race files and articles are data, fetched when needed, not JavaScript: they
// are reported for information, with the CSS.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { ROOT } from '../lib/root.mjs';

const DIST = resolve(ROOT, process.argv[2] ?? 'dist');
const BUDGET_BYTES = 100_000;

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`No build at ${relative(ROOT, DIST)}/index.html: run \`npm run build\` first.`);
  process.exit(1);
}
await init;

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
/** Local URLs of the tags index.html loads JavaScript with: module scripts and modulepreloads. */
/** @type {string[]} */
const entryUrls = [
  ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => /** @type {string} */ (m[1])),
  ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => /** @type {string} */ (m[1])),
  ...[...html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="modulepreload"/g)].map((m) => /** @type {string} */ (m[1])),
];
/** @param {string} url @param {string} from */
const toFile = (url, from) => resolve(from, url.split(/[?#]/)[0]);

/** Walks static imports from the entries; dynamic import() targets are collected separately. */
/** @type {Set<string>} */
const firstLoad = new Set();
/** @type {Set<string>} */
const lazy = new Set();
const entries = new Set(entryUrls.filter((u) => !/^[a-z]+:\/\//i.test(u)).map((u) => toFile(u, DIST)));
const queue = [...entries];
for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
  if (firstLoad.has(file)) continue;
  if (!existsSync(file)) throw new Error(`index.html or a chunk loads ${relative(ROOT, file)}, which is not in the build.`);
  firstLoad.add(file);
  const [imports] = parse(readFileSync(file, 'utf8'));
  for (const imp of imports) {
    // d = -1: a static import; d > -1: import() (n is its specifier when it is a plain string).
    if (!imp.n || !imp.n.startsWith('.')) continue;
    const target = toFile(imp.n, dirname(file));
    // An entry script's own import() is the app it loads on every page: first load, too.
    if (imp.d === -1 || entries.has(file)) queue.push(target);
    else lazy.add(target);
  }
}
for (const file of firstLoad) lazy.delete(file);

/** A file's size in the build, raw and gzipped. @typedef {{ file: string; raw: number; gzip: number }} Sizes */
/** @param {string} file @returns {Sizes} */
const sizes = (file) => {
  const bytes = readFileSync(file);
  return { file: relative(DIST, file), raw: bytes.length, gzip: gzipSync(bytes).length };
};
/** @param {number} n */
const kb = (n) => `${(n / 1000).toFixed(2)} KB`.padStart(10);
/** @param {string} title @param {Sizes[]} rows */
const table = (title, rows) => {
  console.log(`\n${title}`);
  for (const r of rows) console.log(`  ${r.file.padEnd(48)} raw ${kb(r.raw)}   gzip ${kb(r.gzip)}`);
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
  console.log(`  ${'total'.padEnd(48)} raw ${kb(total.raw)}   gzip ${kb(total.gzip)}`);
  return total;
};

const js = table('First-load JavaScript (index.html, what its scripts import, and their static imports):', [...firstLoad].map(sizes));
if (lazy.size > 0) table('Lazy JavaScript (import(), not counted):', [...lazy].map(sizes));
const assets = readdirSync(join(DIST, 'assets')).map((name) => join(DIST, 'assets', name));
/** @param {...string} exts */
const ofType = (...exts) => assets.filter((f) => exts.includes(extname(f))).map(sizes);
const pageData = existsSync(join(DIST, 'data')) ? readdirSync(join(DIST, 'data')).map((name) => sizes(join(DIST, 'data', name))) : [];
table('Data fetched on demand (information: data/ a page\'s other races; assets/ the loader\'s files and the article texts):', [...pageData, ...ofType('.json', '.txt')]);
table('CSS (information):', ofType('.css'));

const ok = js.gzip <= BUDGET_BYTES;
console.log(
  `\nFirst-load JavaScript: ${(js.gzip / 1000).toFixed(2)} KB gzipped of a ${BUDGET_BYTES / 1000} KB budget: ${ok ? `ok, ${((BUDGET_BYTES - js.gzip) / 1000).toFixed(2)} KB of headroom` : 'OVER BUDGET'}.`,
);
process.exit(ok ? 0 : 1);
