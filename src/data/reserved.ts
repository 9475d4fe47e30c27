/**
 * Words the addresses use as path segments of their own (state/address.ts), which no race or
 * incident id may take: `/<race>/follow/<driver>/` is the page that follows a driver, so an
 * incident called "follow" would have no address. Validation (validateRace.ts) refuses them.
 */

/** The path segment of a page that follows a driver: `/<race-id>/follow/<driver-id>/`. */
export const FOLLOW_SEGMENT = 'follow';

/** Ids no race or incident may have. */
export const RESERVED_IDS: ReadonlySet<string> = new Set([FOLLOW_SEGMENT]);
