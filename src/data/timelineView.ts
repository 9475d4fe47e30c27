/**
 * How a reader has the timeline of a race: the lap window it is zoomed to and how its incidents are
 * grouped into lanes. Both travel in links (state/) and shape the layout (timeline/), so they live
 * below both, with their defaults.
 */
import type { LapWindow } from './laps';

/** Timeline lanes: one per kind of incident, or one per featured driver. */
export type LaneMode = 'kind' | 'driver';

/** The timeline's part of what a reader sees. */
export type TimelineView = {
  /** The lap window the timeline is zoomed to; null = the whole race. */
  zoom: LapWindow | null;
  /** How the timeline groups incidents into lanes. */
  lanes: LaneMode;
};

/** What a link that says nothing about the timeline shows: the whole race, lanes by kind. */
export const TIMELINE_DEFAULTS: Readonly<TimelineView> = { zoom: null, lanes: 'kind' };

/** The timeline choices with the defaults filled in where absent: the one place that fills them. */
export function withTimelineDefaults(choice: Partial<TimelineView>): TimelineView {
  return { zoom: choice.zoom ?? TIMELINE_DEFAULTS.zoom, lanes: choice.lanes ?? TIMELINE_DEFAULTS.lanes };
}
