/**
 * A problem found in a data file: which file, where inside it, and what is wrong. `path` is the
 * machine path (`events.7.lap`); `where` the same for people, naming each item by its id as well as
 * its place (`events[7] heim-wins .lap`); `line` (and `column`) where the file's text is at hand
 * (`npm run validate` and the build read the files themselves; the app does not keep their text).
 */
export type DataError = { file: string; path: string; message: string; where?: string; line?: number; column?: number };

/** The compact form, "file: path: problem", with the machine path (logs and tests). */
export function formatDataError(error: DataError): string {
  return `${error.file}: ${error.path || '(root)'}: ${error.message}`;
}

/**
 * The form for people, as `npm run validate`, the build and the development error card print it:
 * `file:line: events[7] heim-wins .lap: problem`, or `file:line:col: problem` for a problem with the
 * file as a whole (not valid JSON).
 */
export function describeDataError(error: DataError): string {
  const at = error.line === undefined ? '' : `:${error.line}${error.column === undefined ? '' : `:${error.column}`}`;
  const where = error.where ?? error.path;
  return `${error.file}${at}: ${where ? `${where}: ` : ''}${error.message}`;
}

/**
 * A machine path for people: `events.7.lap` in `json` reads `events[7] heim-wins .lap`. An item of a
 * list is named by its `id`, or by the `driver` a row is about (results, laps led), when it has one.
 */
export function readablePath(json: unknown, path: string): string {
  if (path === '') return '';
  let value: unknown = json;
  let out = '';
  let named = false;
  for (const segment of path.split('.')) {
    const index = /^\d+$/.test(segment) ? Number(segment) : null;
    value = isRecord(value) || Array.isArray(value) ? (value as Record<string, unknown>)[segment] : undefined;
    if (index !== null) {
      out += `[${index}]`;
      const label = isRecord(value) ? (typeof value.id === 'string' ? value.id : typeof value.driver === 'string' ? value.driver : null) : null;
      named = label !== null;
      if (label !== null) out += ` ${label}`;
    } else {
      out += out === '' ? segment : named ? ` .${segment}` : `.${segment}`;
      named = false;
    }
  }
  return out;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
