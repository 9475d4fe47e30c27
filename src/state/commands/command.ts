/**
 * A command is a pure step from one view to the next (excalidraw's `perform` style): the store's
 * actions run one and set what it returns, and the links that predict a click build their address
 * from the same command (hrefOf), so a link and a click can never disagree. A command reads only
 * its arguments, the view and the catalog; it returns null when it has nothing to do.
 *
 * What follows from the rest of a view is not a command's to set: perform() derives it, for every
 * command alike. While two races are compared the lap is the current race's at the shared cursor
 * (withLapAtCursor, state/compare.ts), so a command that compares sets `compare` and `race`, not `lap`.
 */
import { isAhead } from '../../data/spoilers';
import { withLapAtCursor } from '../compare';
import type { Catalog, View } from '../view';

/** What a command knows of the races: their laps, incidents and drivers, in navigation order. */
export type CommandCatalog = Pick<Catalog, 'races' | 'raceIds'>;

/** The view a command leads to, and what the reader is told about it (replacing the notices), if anything. */
export type Next = { view: View; notices?: string[] };

export type Command = (view: View, catalog: CommandCatalog) => Next | null;

/**
 * The rule for what lies ahead (data/spoilers.ts), applied to every view the app moves to: in
 * no-spoilers mode an incident after the cursor is not selected, so the address, the title and
 * the panels never keep it.
 */
export function withoutEventAhead<T extends Pick<View, 'race' | 'event' | 'lap' | 'hideAhead'>>(view: T, catalog: Pick<Catalog, 'races'>): T {
  const lapOfEvent = view.event === null ? undefined : catalog.races.get(view.race)?.eventLaps.get(view.event);
  return lapOfEvent !== undefined && isAhead(view, lapOfEvent) ? { ...view, event: null } : view;
}

/**
 * Runs a command on a view: the next view, or null for no change. While comparing, its lap is derived
 * from the shared cursor (withLapAtCursor); then the rule for what lies ahead is applied, which reads
 * that lap (an incident of the race made current is ahead or not of its lap at the cursor, not of the
 * lap the view had before).
 */
export function perform(command: Command, view: View, catalog: CommandCatalog): Next | null {
  const next = command(view, catalog);
  return next && { ...next, view: withoutEventAhead(withLapAtCursor(next.view, catalog), catalog) };
}
