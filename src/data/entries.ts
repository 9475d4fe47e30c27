/**
 * The list of races a dataset holds, as it changes in the browser: a race file arriving or failing.
 * Kept apart from dataset.ts, which validates, so that a prerendered page's code (load/fetchRace.ts) does
 * not bring the validation with it.
 */
import type { Dataset, RaceEntry } from './dataset';
import type { Race } from './schema';

/** The loaded races of a list of entries, by id, in the entries' order. */
export function racesOf(entries: readonly RaceEntry[]): Map<string, Race> {
  return new Map(entries.flatMap((e) => (e.race ? [[e.id, e.race] as const] : [])));
}

/** The dataset with one race's entry replaced: a race file that arrived, failed, or is being fetched again. */
export function withEntry(dataset: Dataset, entry: RaceEntry): Dataset {
  const entries = dataset.entries.map((e) => (e.id === entry.id ? entry : e));
  return { ...dataset, entries, races: racesOf(entries) };
}
