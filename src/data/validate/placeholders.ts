/**
 * Placeholders: the values a new race's file starts with where a fact is still to be found
 * (`npm run new-race` writes them): text that begins with "TODO", such as
 * `"TODO: the winner's driver id"`. Validation lists each one as a problem of its own, "to fill in",
 * in place of whatever else the schema or the checks would say about that value, so that
 * `npm run validate` on a new race is the list of what remains to do, in the file's order.
 */

/** What a placeholder begins with. */
export const PLACEHOLDER = 'TODO';

/** A placeholder in a file: its machine path (`events.0.title`) and what it says is needed. */
export type Placeholder = { path: string; needed: string };

/** Whether a value is a placeholder. */
export const isPlaceholder = (value: unknown): value is string => typeof value === 'string' && value.trimStart().startsWith(PLACEHOLDER);

/** Every placeholder in a parsed JSON value, in the file's order. */
export function findPlaceholders(value: unknown, path = ''): Placeholder[] {
  if (isPlaceholder(value)) {
    const needed = value.trimStart().slice(PLACEHOLDER.length).replace(/^[\s:–—-]+/, '').trim();
    return [{ path, needed }];
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => findPlaceholders(item, path === '' ? key : `${path}.${key}`));
}

/** The message for a placeholder: "to fill in: the winner's driver id". */
export const placeholderMessage = ({ needed }: Placeholder): string => (needed === '' ? 'to fill in' : `to fill in: ${needed}`);
