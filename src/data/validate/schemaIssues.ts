/**
 * The schema's problems in plain words. valibot says "Invalid key: Expected never but received
 * "lapnote"" and "Invalid key: Expected "certainty" but received undefined"; a journalist needs
 * "unknown field "lapnote": did you mean "lapNote"?" and "missing field "certainty" (one of "exact",
 * "approximate", "inferred")". The schema itself says what a field may be, so nothing here repeats it.
 */
import * as v from 'valibot';
import { didYouMean } from '../../lib/nearest';
import type { DataError } from './errors';

/** Any valibot schema, as far as these messages look into it. */
type AnySchema = v.GenericSchema & {
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  items?: AnySchema[];
  wrapped?: AnySchema;
  options?: (AnySchema | string)[];
  pipe?: readonly { kind: string; type: string; message?: unknown; requirement?: unknown }[];
};

/**
 * `json` parsed by the schema: its output (transformed, text trimmed, as far as it goes when it
 * fails) and the problems as data errors of `file`, in plain words (none when it passes).
 */
export function parseWithErrors(file: string, schema: v.GenericSchema, json: unknown): { output: unknown; errors: DataError[] } {
  const parsed = v.safeParse(schema, json);
  if (parsed.success) return { output: parsed.output, errors: [] };
  return { output: parsed.output, errors: parsed.issues.flatMap((issue) => issueErrors(file, schema as AnySchema, issue)) };
}

/** The error(s) for one valibot issue. A union (a source) is explained by the option it comes closest to. */
function issueErrors(file: string, root: AnySchema, issue: v.BaseIssue<unknown>): DataError[] {
  const path = v.getDotPath(issue) ?? '';
  const here = schemaAt(root, path);
  if (issue.type === 'union' && here?.options && isObject(issue.input)) {
    const options = here.options.filter((o): o is AnySchema => typeof o !== 'string');
    const closest = options
      .map((option) => ({ option, issues: v.safeParse(option, issue.input).issues ?? [], shared: Object.keys(option.entries ?? {}).filter((k) => k in (issue.input as object)).length }))
      // Fewest problems, then most of its fields given: { record, url, article } is a record with one field too many.
      .sort((a, b) => a.issues.length - b.issues.length || b.shared - a.shared)[0];
    if (closest && closest.issues.length > 0) {
      const prefix = path === '' ? '' : `${path}.`;
      return closest.issues.map((sub) => {
        const subPath = v.getDotPath(sub) ?? '';
        return { file, path: `${prefix}${subPath}`, message: `${plainMessage(closest.option, subPath, sub, false)}${unionHint(options)}` };
      });
    }
  }
  return [{ file, path, message: plainMessage(root, path, issue) }];
}

/**
 * One issue in plain words; a message the schema itself words (a regex's, say) is kept as it is. An
 * unknown field lists the fields that may be there (`listFields`) when there is no likely one.
 */
export function plainMessage(root: AnySchema, path: string, issue: v.BaseIssue<unknown>, listFields = true): string {
  const key = path.split('.').at(-1) ?? '';
  const parentPath = path.split('.').slice(0, -1).join('.');
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    const known = Object.keys(schemaAt(root, parentPath)?.entries ?? {});
    const hint = didYouMean(key, known);
    return `unknown field "${key}"${hint || (listFields && known.length > 0 ? ` (the fields here are ${known.join(', ')})` : '')}`;
  }
  if (issue.type === 'strict_object' && issue.input === undefined) {
    const field = schemaAt(root, path);
    const what = REFERENCES[key] ?? (field ? describe(field) : undefined);
    return `missing field "${key}"${what ? ` (${what})` : ''}`;
  }
  if (!issue.message.startsWith('Invalid ')) return issue.message;
  switch (issue.type) {
    case 'picklist':
      return `${issue.received} is not allowed here: use ${describe(schemaAt(root, path) ?? ({} as AnySchema))}`;
    case 'integer':
      return `must be a whole number, not ${issue.received}`;
    case 'min_value':
      return `must be at least ${String(issue.requirement)}, not ${issue.received}`;
    case 'max_value':
      return `must be at most ${String(issue.requirement)}, not ${issue.received}`;
    case 'min_length':
      return Array.isArray(issue.input) ? `needs at least ${String(issue.requirement)} item${issue.requirement === 1 ? '' : 's'}` : 'must not be empty';
    case 'iso_date':
      return `must be an ISO date such as 2023-11-03, not ${issue.received}`;
  }
  if (issue.kind === 'schema') {
    const field = schemaAt(root, path);
    return `must be ${field ? describe(field) : issue.expected}, not ${received(issue.input)}${typeHint(issue.expected, issue.input)}`;
  }
  return issue.message;
}

/** Fields that hold the id of something else in the file: what they may be is one of those ids. */
const REFERENCES: Record<string, string> = {
  winner: 'the id of a driver in drivers, such as "corey-heim"',
  champion: 'the id of a driver in drivers',
  driver: 'the id of a driver in drivers',
  leader: 'the id of a driver in drivers',
  eventId: 'the id of one of the events',
  event: 'the id of one of the race’s events',
  race: 'the id of a race, its folder’s name',
  article: 'the id of an article in articles.json',
  quote: 'the id of a quote',
};

/** What a source may look like, after the problem with the one given. */
function unionHint(options: AnySchema[]): string {
  const shapes = options.map((o) => `{ ${Object.entries(o.entries ?? {})
    .filter(([, s]) => s.type !== 'optional')
    .map(([k]) => `"${k}": …`)
    .join(', ')} }`);
  return shapes.length > 1 ? ` (a source is ${shapes.join(' or ')})` : '';
}

/** What a value of `schema` may be, in words: "a whole number", "one of "exact", "approximate", "inferred"". */
export function describe(schema: AnySchema): string {
  const inner = schema.type === 'optional' && schema.wrapped ? schema.wrapped : schema;
  const actions = actionsOf(inner);
  switch (inner.type) {
    case 'picklist':
      return `one of ${(inner.options ?? []).map((o) => JSON.stringify(o)).join(', ')}`;
    case 'number':
      return actions.some((a) => a.type === 'integer') ? 'a whole number' : 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list [ … ]';
    case 'tuple':
      return `a list of ${inner.items?.length ?? 0} items [ … ]`;
    case 'strict_object':
    case 'object':
      return 'an object { … }';
    case 'union':
      return 'a source';
    case 'string': {
      const regex = actions.find((a) => a.type === 'regex');
      if (typeof regex?.message === 'string') return regex.message.replace(/^must be /, '');
      if (actions.some((a) => a.type === 'iso_date')) return 'an ISO date such as 2023-11-03';
      return 'text in quotation marks';
    }
  }
  return inner.type;
}

/** A schema's actions, with those of the schema a pipe starts from (a lap's integer check under its minimum). */
function actionsOf(schema: AnySchema): NonNullable<AnySchema['pipe']> {
  return (schema.pipe ?? []).flatMap((step) => (step === schema ? [] : step.kind === 'schema' ? actionsOf(step as AnySchema) : [step]));
}

/** The value given, in words: "the text "38"", "the number 24", "a list". */
function received(value: unknown): string {
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (Array.isArray(value)) return 'a list';
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(value);
}

/** The usual slip of a spreadsheet export: a number written as text, or text written as a number. */
function typeHint(expected: string | null, value: unknown): string {
  if (expected === 'number' && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return `: write ${value.trim()} without quotation marks`;
  if (expected === 'string' && typeof value === 'number') return `: write "${value}" in quotation marks`;
  return '';
}

/** The schema of the value at a dot path (through lists, optional values and objects), if the path is in the schema. */
export function schemaAt(root: AnySchema, path: string): AnySchema | undefined {
  let schema: AnySchema | undefined = root;
  for (const segment of path === '' ? [] : path.split('.')) {
    while (schema?.type === 'optional' && schema.wrapped) schema = schema.wrapped;
    if (!schema) return undefined;
    if (schema.type === 'array') schema = schema.item;
    else if (schema.type === 'tuple') schema = schema.items?.[Number(segment)];
    else schema = schema.entries?.[segment];
  }
  return schema;
}

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);
