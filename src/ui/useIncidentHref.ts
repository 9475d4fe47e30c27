import { useCallback } from 'react';
import type { RaceEvent } from '../data/schema';
import { addressOf } from '../state/address';
import { useApp, useCatalog, useSiteRoot } from '../state/StoreContext';


/**
 * The address of an incident's page as selecting it would leave the view: the incident, its lap,
 * and the reader's settings (no-spoilers, zoom, lanes, the driver followed). The lap the cursor is on is not part of it,
 * so scrubbing re-renders no link.
 */
export function useIncidentHref(): (event: RaceEvent) => string {
  const race = useApp((s) => s.race);
  const hideAhead = useApp((s) => s.hideAhead);
  const zoom = useApp((s) => s.zoom);
  const lanes = useApp((s) => s.lanes);
  const follow = useApp((s) => s.follow);
  const catalog = useCatalog();
  const root = useSiteRoot();
  return useCallback(
    (event: RaceEvent) => addressOf({ race, event: event.id, lap: event.lap, quote: null, hideAhead, zoom, lanes, follow }, root, catalog),
    [race, hideAhead, zoom, lanes, follow, catalog, root],
  );
}

/** True for a plain left click, which selects in place; any other (new tab, new window) is left to the browser. */
export function isPlainClick(e: { metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean; button: number }): boolean {
  return !(e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0);
}
