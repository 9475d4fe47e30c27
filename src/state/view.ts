import { withTimelineDefaults, type TimelineView } from '../data/timelineView';
import type { CompareView } from './compare';

/** What a reader sees that a link can carry: the shareable part of the app's state. Every field is set. */
export type View = TimelineView & {
  race: string;
  /** The cursor's lap in `race`. While comparing, derived from the shared cursor (`compare`, below). */
  lap: number;
  /** The selected incident, or null. */
  event: string | null;
  /** A quote opened in its article (the article reader), or null. */
  quote: string | null;
  /** When true, what happens after the cursor is hidden (no-spoilers mode). */
  hideAhead: boolean;
  /** The driver followed (highlighted everywhere), by driver id, or null for the full view. */
  follow: string | null;
  /**
   * Two races on one axis (state/compare.ts), or null for one race. While comparing, `race` is the
   * race whose incident is selected (else the first of the two) and `lap` that race's lap at the
   * shared cursor, derived from `compare.at` in one place (withLapAtCursor, state/compare.ts): perform()
   * applies it to every command's view and the URL parser to a link's, so no command sets it.
   */
  compare: CompareView | null;
};

/**
 * A view as a link carries it: the timeline fields may be absent, meaning their defaults
 * (TIMELINE_DEFAULTS), and so may `follow` (no driver is followed) and `compare` (one race).
 */
export type LinkView = Omit<View, keyof TimelineView | 'follow' | 'compare'> & Partial<TimelineView> & { follow?: string | null; compare?: CompareView | null };

/** The whole view a link stands for, its absent fields filled with their defaults. */
export function fillView(link: LinkView): View {
  return { ...link, follow: link.follow ?? null, ...withTimelineDefaults(link), compare: link.compare ?? null };
}

/** What the URL parser needs to know about the races it may be asked for. */
export type Catalog = {
  /** Race ids in navigation order; the first is the default when no front page is set. */
  raceIds: string[];
  /** The race the root page opens, chosen in the data (src/data/site.json). */
  frontPage?: string;
  /** The quotes file could not be read: a quote a link names is then unknown, not absent. */
  quotesUnavailable?: boolean;
  /**
   * Races whose laps are known (loaded, or summarised for fetching when opened): laps run, their
   * event laps and their drivers (id → name). Races missing here exist but failed to load (or are
   * still on their way).
   */
  races: ReadonlyMap<string, { name: string; lapsRun: number; scheduledLaps?: number; eventLaps: ReadonlyMap<string, number>; drivers: ReadonlyMap<string, string> }>;
  quoteIds: ReadonlySet<string>;
  /** The incidents each quote speaks of (by quote id): a link opens a quote only over a race it speaks of. Absent, any quote opens. */
  quoteEvents?: ReadonlyMap<string, readonly { race: string; event: string }[]>;
};
