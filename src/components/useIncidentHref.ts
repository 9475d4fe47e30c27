import { useCallback } from 'react';
import type { RaceEvent } from '../data/schema';
import type { Dataset } from '../data/dataset';
import { addressOf } from '../state/address';
import { catalogOf } from '../state/store';
import type { Catalog } from '../state/view';
import { useApp, useDataset, useSiteRoot } from '../state/StoreContext';

// One catalog per dataset, however many incident links ask for it.
const catalogs = new WeakMap<Dataset, Catalog>();
function catalogFor(dataset: Dataset): Catalog {
  let catalog = catalogs.get(dataset);
  if (!catalog) catalogs.set(dataset, (catalog = catalogOf(dataset)));
  return catalog;
}

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
  const dataset = useDataset();
  const root = useSiteRoot();
  return useCallback(
    (event: RaceEvent) => addressOf({ race, event: event.id, lap: event.lap, quote: null, hideAhead, zoom, lanes, follow }, root, catalogFor(dataset)),
    [race, hideAhead, zoom, lanes, follow, dataset, root],
  );
}

/** True for a plain left click, which selects in place; any other (new tab, new window) is left to the browser. */
export function isPlainClick(e: { metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean; button: number }): boolean {
  return !(e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0);
}
