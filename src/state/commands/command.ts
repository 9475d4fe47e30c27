/**
 * A command is a pure step from one view to the next (excalidraw's `perform` style): the store's
 * actions run one and set what it returns, and the links that predict a click build their address
 * from the same command (hrefOf), so a link and a click can never disagree. A command reads only
 * its arguments, the view and the catalog; it returns null when it has nothing to do.
 */
import { isAhead } from '../../data/spoilers';
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

/** Runs a command on a view: the next view (the rule for what lies ahead applied), or null for no change. */
export function perform(command: Command, view: View, catalog: CommandCatalog): Next | null {
  const next = command(view, catalog);
  return next && { ...next, view: withoutEventAhead(next.view, catalog) };
}
