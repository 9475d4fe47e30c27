/**
 * The races a prerendered page does not carry (embeddedDataset.ts), each fetched when the reader
 * opens it, or is about to (a pointer over its link, focus on it). The file is the one the build made
 * and checked, as the page's own data is, so nothing is validated again here; a file that does not
 * arrive turns the race into an error card with Retry, and the page and its own race keep working.
 */
import type { Dataset, RaceEntry } from './dataset';
import type { RaceFile } from './embeddedDataset';
import { withEntry } from './entries';
import { fetchJsonFile, LOAD_TIMEOUT_MS } from './fetchFile';
import type { Race } from './schema';

/** Fetches the races a page left out. */
export type RaceFetcher = {
  /** Fetches a race the dataset lists but does not hold yet (pending, with a file to fetch); does nothing for any other. */
  load: (raceId: string) => void;
  /** Fetches a race again whose file did not arrive. */
  retry: (raceId: string) => void;
};

/** The race in a fetched race file, or null when the file is not that race's (a wrong or damaged file). */
function raceIn(json: unknown, raceId: string): Race | null {
  if (typeof json !== 'object' || json === null) return null;
  const { id, race } = json as Partial<RaceFile>;
  return id === raceId && typeof race === 'object' && race !== null && race.id === raceId && Array.isArray(race.events) ? race : null;
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
      inFlight.delete(id);
      if (fetched.error !== undefined) return set({ id, file, errors: [{ file, path: '', message: fetched.error }], retryable: fetched.retryable, summary });
      const race = raceIn(fetched.json, id);
      set(race ? { id, file, race } : { id, file, errors: [{ file, path: '', message: `did not arrive whole: ${url} is not this race's data` }], summary });
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
