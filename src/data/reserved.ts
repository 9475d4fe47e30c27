/**
 * Words the addresses use as path segments of their own (state/address.ts), which ids may not take:
 * `/<race>/follow/<driver>/` is the page that follows a driver, so no race or incident may be called
 * "follow"; `/compare/<race>/<race>/` is a comparison's page, so no race may be called "compare";
 * `/<race>/no-spoilers/` is a race's spoiler-free page, so neither may be called "no-spoilers".
 * Validation (validate/validateRace.ts) refuses them.
 */

/** The path segment of a page that follows a driver: `/<race-id>/follow/<driver-id>/`. */
export const FOLLOW_SEGMENT = 'follow';

/** The path segment of a comparison's page: `/compare/<race-id>/<race-id>/`. */
export const COMPARE_SEGMENT = 'compare';

/**
 * The path segment of a race's spoiler-free page, `/<race-id>/no-spoilers/` (and a comparison's,
 * `/compare/<race-id>/<race-id>/no-spoilers/`): the race from its start, nothing after the cursor shown.
 */
export const NO_SPOILERS_SEGMENT = 'no-spoilers';

/** Ids no race may have. */
export const RESERVED_RACE_IDS: ReadonlySet<string> = new Set([FOLLOW_SEGMENT, COMPARE_SEGMENT, NO_SPOILERS_SEGMENT]);

/** Ids no incident may have. */
export const RESERVED_EVENT_IDS: ReadonlySet<string> = new Set([FOLLOW_SEGMENT, NO_SPOILERS_SEGMENT]);
