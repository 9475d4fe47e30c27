import type { DataError } from '../../src/data/errors';
import type { Dataset } from '../../src/data/dataset';

/** A JSON file as read: its value and a tree for lines, or the first syntax problem at its line and column. */
export type ReadJson = { text: string; json?: unknown; tree?: unknown; problem?: { line: number; column: number; message: string } };
/** Reads the text of a JSON file. */
export function readJsonText(text: string): ReadJson;
/** The line of the value at a dot path (or of the nearest part of it in the file). */
export function lineOf(file: ReadJson | undefined, path: string): number | undefined;
/** Checks all the data of the project. */
export function checkData(): Promise<{ problems: DataError[]; dataset: Dataset; describe: (error: DataError) => string }>;
