/** What a link can carry: the shareable part of the app's state. */
export type View = {
  race: string;
  lap: number;
  /** The selected incident, or null. */
  event: string | null;
  /** A quote opened in its article (the article reader), or null. */
  quote: string | null;
  /** When true, what happens after the cursor is hidden (no-spoilers mode). */
  hideAhead: boolean;
};

/** What the URL parser needs to know about the races it may be asked for. */
export type Catalog = {
  /** Race ids in navigation order; the first is the default. */
  raceIds: string[];
  /** Loaded races: laps run and their event laps. Races missing here exist but failed to load. */
  races: ReadonlyMap<string, { name: string; lapsRun: number; eventLaps: ReadonlyMap<string, number> }>;
  quoteIds: ReadonlySet<string>;
};
