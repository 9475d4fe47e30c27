/**
 * The one home of "the followed driver carries over" (driver ids are shared across races): a view
 * that shows other races keeps following the driver when they raced in one of them, and otherwise
 * follows no one, with a notice saying why. The store's actions, the parsing of a link and the links
 * that predict a click (the races' links, Back to one race, a comparison's lanes) all ask here.
 */
import type { Catalog } from './view';

/** The driver followed once the view shows `raceIds` (one race, or the two compared): `follow` if they raced in one, else null. */
export function followInRaces(catalog: Pick<Catalog, 'races'>, raceIds: readonly string[], follow: string | null): string | null {
  return follow !== null && raceIds.some((id) => catalog.races.get(id)?.drivers.has(follow)) ? follow : null;
}

/** What a reader is told when the driver they followed (by name) did not race in the races now shown. */
export function notFollowedNotice(driverName: string, raceNames: readonly string[]): string {
  return `${driverName} did not race in ${raceNames.map((name) => `the ${name}`).join(' or ')}; no driver is followed.`;
}

/** A driver's name, from whichever race of the catalog they raced in (the id itself when none). */
export function driverNameIn(catalog: Pick<Catalog, 'races'>, driverId: string): string | undefined {
  return [...catalog.races.values()].find((race) => race.drivers.has(driverId))?.drivers.get(driverId);
}
