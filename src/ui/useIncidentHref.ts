import { useCallback } from 'react';
import type { RaceEvent } from '../data/schema';
import { selectEvent } from '../state/commands';
import { useHrefOf, useLinkView } from '../state/links';


/**
 * The address of an incident's page: where selecting it leads (the same command a click runs), the
 * reader's settings kept. The lap the cursor is on is not part of it (selecting moves the cursor to
 * the incident's lap), so scrubbing re-renders no link.
 */
export function useIncidentHref(): (event: RaceEvent) => string {
  const view = useLinkView();
  const hrefOf = useHrefOf();
  return useCallback((event: RaceEvent) => hrefOf(selectEvent(event.id), view), [view, hrefOf]);
}

/** True for a plain left click, which selects in place; any other (new tab, new window) is left to the browser. */
export function isPlainClick(e: { metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean; button: number }): boolean {
  return !(e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0);
}
