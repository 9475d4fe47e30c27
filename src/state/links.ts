/**
 * Links that predict a click: each is the address of the view the click's command leads to
 * (state/commands/), so what "open in a new tab" shows and what a plain click does are one rule.
 */
import { useCallback, useMemo } from 'react';
import { addressOf } from './address';
import { perform, type Command } from './commands';
import { useCatalog, useLinkBase, useSiteRoot } from './StoreContext';
import type { Catalog, View } from './view';

/** The address a command leads to from `view` (the view's own when the command does nothing there). */
export function hrefOf(command: Command, view: View, root: string, catalog: Catalog): string {
  return addressOf(perform(command, view, catalog)?.view ?? view, root, catalog);
}

/**
 * The page's view for building links, without the cursor: a link whose command does not read where
 * the cursor is (opening a race, selecting an incident, which moves the cursor to the incident's)
 * renders again only when the reader's settings or the selection change, never as the cursor moves.
 * The cursor (the lap, and a comparison's shared position) is as of the view's last other change
 * (StoreContext's LinkViewProvider, read once per store), or the `cursor` given: for a command that
 * reads it, a value that trails the cursor (useTrailing) or is read when the reader shows the intent.
 */
export function useLinkView(cursor?: { lap: number; at: number | null }): View {
  const base = useLinkBase();
  const lap = cursor?.lap;
  const at = cursor?.at ?? null;
  return useMemo(() => {
    if (lap === undefined) return base;
    return { ...base, lap, compare: base.compare && at !== null ? { ...base.compare, at } : base.compare };
  }, [base, lap, at]);
}

/** hrefOf with the page's root and catalog. */
export function useHrefOf(): (command: Command, view: View) => string {
  const root = useSiteRoot();
  const catalog = useCatalog();
  return useCallback((command, view) => hrefOf(command, view, root, catalog), [root, catalog]);
}
