/**
 * The tab's title for a view: what a bookmark, the history list and the system share sheet show.
 * It names the incident when one is selected (and not hidden by no-spoilers mode), else the lap,
 * after the driver followed, if any.
 */
import { driverById, eventById, raceShortName } from '../data/race';
import type { Race } from '../data/schema';
import { isAhead, outcomeHidden } from '../data/spoilers';
import type { View } from './view';

/** The name of the site, last in every title. */
export const SITE_NAME = 'Lapline';

/**
 * "Hocevar spins Heim, lap 120 – 2023 Craftsman 150, Phoenix Raceway – Lapline", "Lap 42 of 179 – …",
 * or, following a driver, "Following Corey Heim, lap 42 of 179 – …".
 */
export function viewTitle(race: Race | undefined, view: Pick<View, 'lap' | 'event' | 'hideAhead'> & { follow?: string | null }): string {
  if (!race) return `${SITE_NAME} – relive a race lap by lap`;
  const where = `${race.name}, ${race.track.name}`;
  const event = eventById(race, view.event);
  // No spoilers: an incident the cursor has not reached is not named, nor how long the race ran.
  if (event && !isAhead(view, event.lap)) return `${event.title}, lap ${event.lap} – ${where} – ${SITE_NAME}`;
  const lap = outcomeHidden(view, race) ? `lap ${view.lap}` : `lap ${view.lap} of ${race.lapsRun}`;
  const followed = view.follow != null ? driverById(race, view.follow) : undefined;
  if (followed) return `Following ${followed.name}, ${lap} – ${where} – ${SITE_NAME}`;
  return `${lap[0]!.toUpperCase()}${lap.slice(1)} – ${where} – ${SITE_NAME}`;
}

/** "Phoenix 2023 and Charlotte Roval 2025, side by side – Lapline", with the selected incident first when there is one. */
export function compareTitle(races: readonly [Race, Race], focused: Race, view: Pick<View, 'lap' | 'event' | 'hideAhead'>): string {
  const pair = `${raceShortName(races[0])} and ${raceShortName(races[1])}, side by side – ${SITE_NAME}`;
  const event = eventById(focused, view.event);
  if (event && !isAhead(view, event.lap)) return `${event.title}, lap ${event.lap} of ${raceShortName(focused)} – ${pair}`;
  return pair;
}
