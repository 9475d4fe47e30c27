/**
 * The races a prerendered page does not carry (embeddedDataset.ts), each fetched when the reader
 * opens it, or is about to (a pointer over its link, focus on it). The file is the one the build made
 * and checked, but what arrives is checked again as a bundled race is (validateRace.ts, whose code
 * comes with this module's, loaded when the first such race is wanted, not with the page): a file changed or damaged on its way is never
 * shown. A file that does not arrive (or a web page in its place) turns the race into an error card
 * with Retry; one that fails its checks, into an error card; the page and its own race keep working.
 */
import type { Dataset, RaceEntry } from '../dataset';
import type { RaceFile } from './embeddedDataset';
import { withEntry } from '../entries';
import { fetchJsonFile, LOAD_TIMEOUT_MS } from './fetchFile';
import { validateRace } from '../validate/validateRace';

/** Fetches the races a page left out. */
export type RaceFetcher = {
  /** Fetches a race the dataset lists but does not hold yet (pending, with a file to fetch); does nothing for any other. */
  load: (raceId: string) => void;
  /** Fetches a race again whose file did not arrive. */
  retry: (raceId: string) => void;
};

/** The race data in a fetched race file, or null when the file is not that race's (a wrong or damaged file). */
function raceIn(json: unknown, raceId: string): unknown {
  if (typeof json !== 'object' || json === null) return null;
  const { id, race } = json as Partial<RaceFile>;
  return id === raceId && typeof race === 'object' && race !== null ? race : null;
}


/**
 * Fetches, on demand, the races of `initial` that are pending and have a file in `urls` (race id →
 * absolute URL); `onChange` gets the dataset each time a race starts loading again, arrives or fails.
 */
export function fetchRacesOnDemand(initial: Dataset, urls: Readonly<Record<string, string>>, onChange: (dataset: Dataset) => void, timeoutMs = LOAD_TIMEOUT_MS): RaceFetcher {
  let dataset = initial;
  const inFlight = new Set<string>();
  const set = (entry: RaceEntry) => {
    dataset = withEntry(dataset, entry);
    onChange(dataset);
  };
  const fetchRace = ({ id, file, summary }: RaceEntry, url: string) => {
    inFlight.add(id);
    void fetchJsonFile(url, timeoutMs).then((fetched) => {
      if (fetched.error !== undefined) {
        inFlight.delete(id);
        return set({ id, file, errors: [{ file, path: '', message: fetched.error }], retryable: fetched.retryable, summary });
      }
      const json = raceIn(fetched.json, id);
      if (json === null) {
        inFlight.delete(id);
        return set({ id, file, errors: [{ file, path: '', message: `did not arrive whole: ${url} is not this race's data` }], retryable: true, summary });
      }
      inFlight.delete(id);
      const checked = validateRace(file, json, { articleIds: new Set(dataset.articles.keys()), expectedId: id });
      set(checked.race ? { id, file, race: checked.race } : { id, file, errors: checked.errors, summary });
    });
  };
  const entryOf = (raceId: string) => dataset.entries.find((e) => e.id === raceId);
  return {
    load: (raceId) => {
      const entry = entryOf(raceId);
      const url = urls[raceId];
      if (entry?.pending && url !== undefined && !inFlight.has(raceId)) fetchRace(entry, url);
    },
    retry: (raceId) => {
      const entry = entryOf(raceId);
      const url = urls[raceId];
      if (!entry?.errors || !entry.retryable || url === undefined || inFlight.has(raceId)) return;
      const pending: RaceEntry = { id: entry.id, file: entry.file, pending: true, summary: entry.summary };
      set(pending);
      fetchRace(pending, url);
    },
  };
}
