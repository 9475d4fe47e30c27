// @ts-check
// The data check that `npm run validate` prints and the build (scripts/build/prerender.mjs) refuses to go
// past: every race file, the quotes, the articles and site.json, read here from disk (not imported,
// so a file that is not valid JSON is reported with its line and column and the others are still
// checked), then validated by the app's own code (src/data/dataset.ts, loaded through the scripts'
// loader, scripts/lib/load.mjs, since Node cannot run TypeScript itself). Each problem comes back with its line.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser';
/** @import { Node, ParseError } from 'jsonc-parser' */
/** @import { DataError } from '../../src/data/validate/errors.ts' */
/** @import { App } from '../lib/load.mjs' */
import { openApp } from '../lib/load.mjs';
import { ROOT } from '../lib/root.mjs';

const DATA = resolve(ROOT, 'src/data');

/**
 * A JSON file as read (readJsonText): its text, and its value with a tree for lines, or the first
 * syntax problem at its line and column.
 * @typedef {{ text: string; json?: unknown; tree?: Node; problem?: { line: number; column: number; message: string } }} ReadJson
 */

/** The 1-based line and column of `offset` in `text`. @param {string} text @param {number} offset */
function position(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** What a JSON syntax error is, in words a person can act on. @param {string} text @param {ParseError} error */
function syntaxProblem(text, { error, offset }) {
  const code = printParseErrorCode(error);
  const previous = text.slice(0, offset).trimEnd().at(-1);
  const here = text[offset];
  if ((here === ']' || here === '}') && previous === ',') return 'trailing comma: remove the comma before it';
  if (here === "'" || here === '‘' || here === '’' || here === '“' || here === '”') return 'text and field names need straight double quotation marks (")';
  if (code === 'CommaExpected') return 'a comma is missing before this';
  if (code === 'ColonExpected') return 'a colon is missing after the field name';
  if (code === 'PropertyNameExpected') return 'a field name in double quotation marks is expected here';
  if (code === 'ValueExpected') return 'a value is expected here';
  if (code === 'CloseBraceExpected') return 'a } is missing';
  if (code === 'CloseBracketExpected') return 'a ] is missing';
  if (code === 'UnexpectedEndOfString') return 'text is not closed with a quotation mark';
  if (code === 'InvalidCommentToken' || text.startsWith('//', offset) || text.startsWith('/*', offset)) return 'comments are not allowed in JSON';
  if (code === 'EndOfFileExpected') return 'there is more after the end of the data';
  if (code === 'InvalidSymbol') return `unexpected ${JSON.stringify(here ?? '')}`;
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * Reads one JSON file: `{ json, tree }`, or `{ problem }` with the first syntax error at its line and
 * column (later ones are usually its echo). The tree maps a path inside the file to its line.
 * @param {string} path
 * @returns {ReadJson}
 */
function readJson(path) {
  return readJsonText(readFileSync(path, 'utf8'));
}

/** readJson on the text of a file. @param {string} text @returns {ReadJson} */
export function readJsonText(text) {
  /** @type {ParseError[]} */
  const errors = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const [first] = errors;
  if (first) {
    return { text, problem: { ...position(text, first.offset), message: `not valid JSON (${syntaxProblem(text, first)})` } };
  }
  return { text, tree, json: JSON.parse(text) };
}

/**
 * The line of the value at a dot path (or of the nearest part of it that is in the file).
 * @param {ReadJson | undefined} file
 * @param {string} path
 * @returns {number | undefined}
 */
export function lineOf(file, path) {
  if (!file?.tree || path === '') return undefined;
  const segments = path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  for (let n = segments.length; n > 0; n--) {
    const node = findNodeAtLocation(file.tree, segments.slice(0, n));
    // A field's line is its name's: the property node, when the value is under one.
    if (node) return position(file.text, node.parent?.type === 'property' ? node.parent.offset : node.offset).line;
  }
  // A field missing from the file's top level: the file's opening line.
  return position(file.text, file.tree.offset).line;
}

/**
 * Checks all the data. `{ problems, dataset, summary }`: each problem a DataError with `line` (and
 * `column` for a file that is not valid JSON), in file order; `describe` formats one for people.
 * @returns {Promise<{ problems: DataError[]; dataset: import('../../src/data/dataset.ts').Dataset; describe: (error: DataError) => string }>}
 */
export async function checkData() {
  const app = await openApp({ logLevel: 'silent' });
  try {
    return await checkWith(app);
  } finally {
    await app.close();
  }
}

/** checkData with the app's modules loaded through `app`. @param {App} app */
async function checkWith(app) {
  /** @type {typeof import('../../src/data/dataset.ts')} */
  const data = await app.load('/src/data/dataset.ts');
  /** @type {typeof import('../../src/data/articles.ts')} */
  const articlesModule = await app.load('/src/data/articles.ts');
  /** @type {typeof import('../../src/data/validate/errors.ts')} */
  const errorsModule = await app.load('/src/data/validate/errors.ts');
  const { buildDataset, RaceFileUnreadable } = data;
  /** @type {Map<string, ReadJson>} */
  const read = new Map();
  /** @param {string} path */
  const rel = (path) => relative(ROOT, path).split('\\').join('/');
  /** @param {string} path */
  const load = (path) => {
    const file = rel(path);
    const result = readJson(path);
    read.set(file, result);
    return result.problem ? new RaceFileUnreadable(result.problem.message) : result.json;
  };
  /** @type {DataError[]} */
  const problems = [];

  const racesDir = resolve(DATA, 'races');
  /** @type {Record<string, unknown>} */
  const raceFiles = {};
  for (const id of readdirSync(racesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const path = resolve(racesDir, id, 'race.json');
    if (!existsSync(path)) {
      problems.push({ file: rel(resolve(racesDir, id)), path: '', message: 'this race folder has no race.json' });
      continue;
    }
    raceFiles[`./races/${id}/race.json`] = load(path);
  }
  const quotes = load(resolve(DATA, 'quotes.json'));
  const site = load(resolve(DATA, 'site.json'));
  const articlesMeta = load(resolve(DATA, 'articles.json'));
  const texts = Object.fromEntries(
    readdirSync(resolve(DATA, 'articles')).filter((f) => f.endsWith('.txt')).map((f) => [`./articles/${f}`, readFileSync(resolve(DATA, 'articles', f), 'utf8')]),
  );
  let articles = new Map();
  if (articlesMeta instanceof RaceFileUnreadable) problems.push({ file: 'src/data/articles.json', path: '', message: articlesMeta.message });
  else {
    try {
      articles = articlesModule.buildArticles(articlesMeta, texts);
    } catch (error) {
      // The articles' own schema, in the same plain words as the rest (buildArticles throws on the first).
      /** @type {typeof import('../../src/data/validate/schemaIssues.ts')} */
      const issues = await app.load('/src/data/validate/schemaIssues.ts');
      /** @type {typeof import('../../src/data/schema.ts')} */
      const schema = await app.load('/src/data/schema.ts');
      const found = issues.parseWithErrors('src/data/articles.json', schema.articlesFileSchema, articlesMeta).errors;
      problems.push(...(found.length > 0 ? found : [{ file: 'src/data/articles.json', path: '', message: String(error instanceof Error ? error.message : error).replace(/^articles\.json: /, '') }]));
    }
  }

  const dataset = buildDataset(raceFiles, { file: 'src/data/quotes.json', json: quotes }, articles, { file: 'src/data/site.json', json: site });
  problems.push(...dataset.entries.flatMap((e) => e.errors ?? []), ...dataset.errors);
  for (const problem of problems) {
    const file = read.get(problem.file);
    if (file?.problem && problem.path === '') Object.assign(problem, { line: file.problem.line, column: file.problem.column, message: file.problem.message });
    else problem.line ??= lineOf(file, problem.path);
    problem.where ??= file?.json !== undefined ? errorsModule.readablePath(file.json, problem.path) : problem.path;
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems, dataset, describe: errorsModule.describeDataError };
}
