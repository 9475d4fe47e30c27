/** Copies the project into a new temporary folder; returns its path and a function that removes it. */
export function copyProject(prefix?: string): { dir: string; remove: () => void };
