// @ts-check
// The project's root folder, for every script wherever it sits under scripts/.
import { resolve } from 'node:path';

/** The project's root (where package.json is). */
export const ROOT = resolve(import.meta.dirname, '../..');
