// @ts-check
// The JSON Schemas of the data files (race, quotes, articles, site), generated from the valibot
// schemas the app validates with (src/data/schema.ts) by valibot's own converter, with a description
// in plain words on every field (descriptions.mjs) for the editor's hover help. `npm run schema`
// writes them to src/data/schemas/; a test keeps the committed files current.
import { toJsonSchema } from '@valibot/to-json-schema';
import * as data from '../../../src/data/schema.ts';
import { DESCRIPTIONS, FILE_DESCRIPTIONS } from './descriptions.mjs';

/** A JSON Schema node, as far as the walk below reads it. @typedef {{ [key: string]: unknown; properties?: Record<string, JsonNode>; items?: JsonNode; anyOf?: JsonNode[]; description?: string }} JsonNode */

/**
 * The shared parts, each once under $defs and referred to by name: the names the descriptions use
 * ("event.lap", "sourceRef.note").
 */
const DEFINITIONS = {
  sourceRef: data.sourceRefSchema,
  certainty: data.certaintySchema,
  eventKind: data.eventKindSchema,
  claim: data.claimSchema,
  disagreement: data.disagreementSchema,
  event: data.raceEventSchema,
  driver: data.driverSchema,
  stage: data.stageSchema,
  caution: data.cautionSchema,
  overtime: data.overtimeSchema,
  result: data.resultSchema,
  leaderSpan: data.leaderSpanSchema,
  titleFightSpan: data.titleFightSpanSchema,
  afterRace: data.afterRaceSchema,
  standingsTable: data.standingsTableSchema,
  keyFact: data.keyFactSchema,
  quote: data.quoteSchema,
  remark: data.remarkSchema,
  article: data.articleSchema,
};

/** The data files: each one's schema file, the valibot schema of its contents, and its name in the descriptions. */
export const DATA_FILES = [
  { file: 'race.schema.json', name: 'race', schema: data.raceSchema, matches: ['src/data/races/*/race.json'] },
  { file: 'quotes.schema.json', name: 'quotes', schema: data.quotesFileSchema, matches: ['src/data/quotes.json'] },
  { file: 'articles.schema.json', name: 'articles', schema: data.articlesFileSchema, matches: ['src/data/articles.json'] },
  { file: 'site.schema.json', name: 'site', schema: data.siteSchema, matches: ['src/data/site.json'] },
];

/**
 * Each field's path as the descriptions name it: the definition or file, then the property names,
 * "[]" for an array's items ("race.lapsLed[].driver"); each variant of a union under the same path.
 * Calls `visit(path, node)` for every property.
 * @param {JsonNode} node
 * @param {string} path
 * @param {(path: string, node: JsonNode) => void} visit
 */
function walk(node, path, visit) {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const at = `${path}.${key}`;
    visit(at, child);
    walk(child, at, visit);
  }
  if (node.items) walk(node.items, `${path}[]`, visit);
  for (const variant of node.anyOf ?? []) walk(variant, path, visit);
}

/**
 * The names of the definitions a schema refers to ("#/$defs/<name>"), directly or through another.
 * @param {JsonNode} root
 * @param {Record<string, JsonNode>} defs
 * @returns {Set<string>}
 */
function referencedDefinitions(root, defs) {
  /** @type {Set<string>} */
  const found = new Set();
  /** @param {unknown} node @returns {void} */
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$defs') continue;
      const name = key === '$ref' && typeof value === 'string' ? value.replace('#/$defs/', '') : null;
      if (name !== null && !found.has(name)) {
        found.add(name);
        visit(defs[name]);
      } else visit(value);
    }
  };
  visit(root);
  return found;
}

/**
 * The JSON Schema of each data file, with its description and every field's. Throws when a field
 * has no description, or a description names no field, so neither can be forgotten.
 * @returns {{ file: string; matches: string[]; schema: JsonNode }[]}
 */
export function jsonSchemas() {
  /** @type {Set<string>} */
  const described = new Set();
  /** @type {string[]} */
  const missing = [];
  const out = DATA_FILES.map(({ file, name, schema, matches }) => {
    const json = /** @type {JsonNode} */ (
      toJsonSchema(schema, { target: 'draft-2020-12', errorMode: 'throw', ignoreActions: ['trim'], definitions: DEFINITIONS })
    );
    /** @param {string} path @param {JsonNode} node */
    const describe = (path, node) => {
      const text = DESCRIPTIONS[path];
      if (text === undefined) missing.push(path);
      else {
        node.description = text;
        described.add(path);
      }
    };
    walk(json, name, describe);
    const defs = /** @type {Record<string, JsonNode>} */ (json.$defs ?? {});
    for (const [def, node] of Object.entries(defs)) walk(node, def, describe);
    // Only the shared parts this file uses (the converter lists every definition in every file).
    const used = referencedDefinitions(json, defs);
    const rest = { ...json };
    delete rest.$defs;
    const kept = Object.fromEntries(Object.entries(defs).filter(([def]) => used.has(def)));
    const { title, description } = FILE_DESCRIPTIONS[name] ?? {};
    return { file, matches, schema: { $schema: json.$schema, $id: file, title, description, ...rest, ...(used.size > 0 ? { $defs: kept } : {}) } };
  });
  const stale = Object.keys(DESCRIPTIONS).filter((path) => !described.has(path));
  if (missing.length > 0 || stale.length > 0)
    throw new Error(
      [missing.length > 0 ? `Fields with no description (scripts/build/schema/descriptions.mjs): ${[...new Set(missing)].join(', ')}` : '', stale.length > 0 ? `Descriptions of no field: ${stale.join(', ')}` : '']
        .filter(Boolean)
        .join('\n'),
    );
  return out;
}

/** A schema as its committed file holds it: two-space JSON and a final newline. @param {unknown} schema */
export const schemaFileText = (schema) => `${JSON.stringify(schema, null, 2)}\n`;

/**
 * The workspace settings that map each data file to its schema, for VS Code (json.schemas): what
 * `npm run schema` writes to .vscode/settings.json.
 * @param {{ fileMatch: string[]; url: string }[]} schemas
 */
export const editorSettingsText = (schemas) => `${JSON.stringify({ 'json.schemas': schemas }, null, 2)}\n`;
