/**
 * How a reader has the timeline of a race: the lap window it is zoomed to and how its incidents are
 * grouped into lanes. Both travel in links (state/) and shape the layout (timeline/), so they live
 * below both.
 */

/** Timeline lanes: one per kind of incident, or one per featured driver. */
export type LaneMode = 'kind' | 'driver';
