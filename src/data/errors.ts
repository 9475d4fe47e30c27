/** A problem found in a data file: which file, where inside it, and what is wrong. */
export type DataError = { file: string; path: string; message: string };

/** Formats a data error the way `npm run validate` prints it and the error card shows it. */
export function formatDataError(error: DataError): string {
  return `${error.file}: ${error.path || '(root)'}: ${error.message}`;
}
