import type { LapWindow } from '../data/laps';
import type { LaneMode } from '../data/timelineView';

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
  /** The lap window the timeline is zoomed to; null or absent (the default, as in the link) = the whole race. */
  zoom?: LapWindow | null;
  /** How the timeline groups incidents into lanes; absent = 'kind' (the default, as in the link). */
  lanes?: LaneMode;
};

/** What the URL parser needs to know about the races it may be asked for. */
export type Catalog = {
  /** Race ids in navigation order; the first is the default. */
  raceIds: string[];
  /** Loaded races: laps run and their event laps. Races missing here exist but failed to load. */
  races: ReadonlyMap<string, { name: string; lapsRun: number; eventLaps: ReadonlyMap<string, number> }>;
  quoteIds: ReadonlySet<string>;
};
