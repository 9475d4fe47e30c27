/** Reading and writing a field of a race file by its dotted path ("track.name"). */

type Json = Record<string, unknown>;

export function getField(item: unknown, field: string): unknown {
  let value: unknown = item;
  for (const key of field.split('.')) value = typeof value === 'object' && value !== null ? (value as Json)[key] : undefined;
  return value;
}

/** Sets a field, making the objects on its way as needed. */
export function setField(item: Json, field: string, value: unknown): void {
  const keys = field.split('.');
  const last = keys.pop() as string;
  let parent = item;
  for (const key of keys) {
    if (typeof parent[key] !== 'object' || parent[key] === null) parent[key] = {};
    parent = parent[key] as Json;
  }
  parent[last] = value;
}
