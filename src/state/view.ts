import { withTimelineDefaults, type TimelineView } from '../data/timelineView';

/** What a reader sees that a link can carry: the shareable part of the app's state. Every field is set. */
export type View = TimelineView & {
  race: string;
  lap: number;
  /** The selected incident, or null. */
  event: string | null;
  /** A quote opened in its article (the article reader), or null. */
  quote: string | null;
  /** When true, what happens after the cursor is hidden (no-spoilers mode). */
  hideAhead: boolean;
};

/** A view as a link carries it: the timeline fields may be absent, meaning their defaults (TIMELINE_DEFAULTS). */
export type LinkView = Omit<View, keyof TimelineView> & Partial<TimelineView>;

/** The whole view a link stands for, its absent fields filled with their defaults. */
export function fillView(link: LinkView): View {
  return { ...link, ...withTimelineDefaults(link) };
}

/** What the URL parser needs to know about the races it may be asked for. */
export type Catalog = {
  /** Race ids in navigation order; the first is the default. */
  raceIds: string[];
  /**
   * Races whose laps are known (loaded, or summarised for fetching when opened): laps run and their
   * event laps. Races missing here exist but failed to load (or are still on their way).
   */
  races: ReadonlyMap<string, { name: string; lapsRun: number; eventLaps: ReadonlyMap<string, number> }>;
  quoteIds: ReadonlySet<string>;
};
