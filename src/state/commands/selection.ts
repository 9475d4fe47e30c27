/** Selecting an incident of the race on screen, and clearing the selection. */
import type { Command } from './command';
import { selectCompareEvent } from './compare';

/**
 * Selects an incident of the current race: the cursor goes to its lap (in a comparison, the shared
 * cursor goes there and that race becomes current). Nothing for an incident the race does not have.
 */
export const selectEvent =
  (eventId: string): Command =>
  (view, catalog) => {
    if (view.compare) return selectCompareEvent(view.race, eventId)(view, catalog);
    const lap = catalog.races.get(view.race)?.eventLaps.get(eventId);
    return lap === undefined ? null : { view: { ...view, event: eventId, lap } };
  };

/** No incident selected. */
export const clearSelection: Command = (view) => (view.event === null ? null : { view: { ...view, event: null } });
