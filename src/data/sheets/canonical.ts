/**
 * The one layout of a data file the import writes and the round trip compares: keys in the order
 * the schema lists them, two-space JSON, a newline at the end. Key order means nothing to the app,
 * so a file in any order and the same file laid out so hold the same data.
 */
import type * as v from 'valibot';
import { raceSchema } from '../schema';

/** What this module reads of a valibot schema: its kind and the schemas inside it. */
type Shape = {
  type: string;
  wrapped?: Shape;
  item?: Shape;
  items?: readonly Shape[];
  options?: readonly Shape[];
  entries?: Readonly<Record<string, Shape>>;
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `value` with every object's keys in its schema's order (keys the schema does not know last, as they were). */
export function inSchemaOrder(value: unknown, schema: Shape): unknown {
  let shape = schema;
  while (shape.wrapped) shape = shape.wrapped;
  if (Array.isArray(value)) {
    if (shape.item) return value.map((item) => inSchemaOrder(item, shape.item as Shape));
    if (shape.items) return value.map((item, i) => (shape.items?.[i] ? inSchemaOrder(item, shape.items[i]) : item));
    return value;
  }
  if (!isObject(value)) return value;
  if (shape.options) {
    // A union of objects (a source: an article or a record): the option that knows every key.
    const fits = shape.options.find((option) => option.entries && Object.keys(value).every((key) => key in (option.entries as object)));
    return fits ? inSchemaOrder(value, fits) : value;
  }
  if (!shape.entries) return value;
  const entries = shape.entries;
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(entries)) if (key in value) ordered[key] = inSchemaOrder(value[key], entries[key] as Shape);
  for (const key of Object.keys(value)) if (!(key in entries)) ordered[key] = value[key];
  return ordered;
}

/** A race file's text in the one layout. */
export const formatRaceFile = (race: unknown): string => `${JSON.stringify(inSchemaOrder(race, raceSchema as unknown as Shape & v.GenericSchema), null, 2)}\n`;
