/**
 * Links that predict a click: each is the address of the view the click's command leads to
 * (state/commands/), so what "open in a new tab" shows and what a plain click does are one rule.
 */
import { useCallback, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { addressOf } from './address';
import { perform, type Command } from './commands';
import { useApp, useAppStore, useCatalog, useSiteRoot } from './StoreContext';
import type { Catalog, View } from './view';

/** The address a command leads to from `view` (the view's own when the command does nothing there). */
export function hrefOf(command: Command, view: View, root: string, catalog: Catalog): string {
  return addressOf(perform(command, view, catalog)?.view ?? view, root, catalog);
}

/**
 * The page's view for building links, without the cursor: a link whose command does not read where
 * the cursor is (opening a race, selecting an incident, which moves the cursor to the incident's)
 * renders again only when the reader's settings or the selection change, never as the cursor moves.
 * The cursor (the lap, and a comparison's shared position) is the store's as of this render, or the
 * `cursor` given: for a command that reads it, a value that trails the cursor (useTrailing).
 */
export function useLinkView(cursor?: { lap: number; at: number | null }): View {
  const store = useAppStore();
  const { race, event, quote, hideAhead, follow, zoom, lanes, pair, align } = useApp(
    useShallow((s) => ({ race: s.race, event: s.event, quote: s.quote, hideAhead: s.hideAhead, follow: s.follow, zoom: s.zoom, lanes: s.lanes, pair: s.compare?.races.join(','), align: s.compare?.align })),
  );
  const now = store.getState();
  const lap = cursor ? cursor.lap : now.lap;
  const at = cursor?.at ?? now.compare?.at ?? 0;
  return useMemo(
    () => ({ race, event, quote, hideAhead, follow, zoom, lanes, lap, compare: pair === undefined || align === undefined ? null : { races: pair.split(',') as [string, string], align, at } }),
    // The cursor is left out unless given: see above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [race, event, quote, hideAhead, follow, zoom, lanes, pair, align, cursor?.lap, cursor?.at],
  );
}

/** hrefOf with the page's root and catalog. */
export function useHrefOf(): (command: Command, view: View) => string {
  const root = useSiteRoot();
  const catalog = useCatalog();
  return useCallback((command, view) => hrefOf(command, view, root, catalog), [root, catalog]);
}
