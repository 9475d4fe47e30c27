import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Dataset } from '../data/dataset';
import { outcomeHidden } from '../data/spoilers';
import { catalogOf, type AppState, type AppStore } from './store';
import { sharedSlice } from './sharedSlice';
import type { Catalog, View } from './view';

/** Fetches a race's file again, where the app loads over a network (none in tests over bundled data). */
export type RetryRace = (raceId: string) => void;

/** Fetches a race the page lists but does not carry yet (a prerendered page's other races), ahead of the reader opening it. */
export type LoadRace = (raceId: string) => void;

const StoreContext = createContext<{ store: AppStore; dataset: Dataset; retryRace?: RetryRace; loadRace?: LoadRace; root: string } | null>(null);

/** Provides the store, the dataset and (in the browser) a way to fetch a failed race again; tests wrap components in their own. */
export function StoreProvider({
  store,
  dataset,
  retryRace,
  loadRace,
  root = '/',
  children,
}: {
  store: AppStore;
  dataset: Dataset;
  retryRace?: RetryRace;
  loadRace?: LoadRace;
  /** The path the site is served from ("/" or a folder), under which races and incidents have their pages. */
  root?: string;
  children: ReactNode;
}) {
  // The same value while its parts are the same: a change of context re-renders every consumer (and
  // would replace a prerendered part not yet hydrated with its placeholder, ui/LazyPart.tsx).
  const value = useMemo(() => ({ store, dataset, retryRace, loadRace, root }), [store, dataset, retryRace, loadRace, root]);
  return (
    <StoreContext.Provider value={value}>
      <OutcomeHiddenProvider store={store} dataset={dataset}>
        <LinkViewProvider store={store}>{children}</LinkViewProvider>
      </OutcomeHiddenProvider>
    </StoreContext.Provider>
  );
}

const OutcomeHiddenContext = createContext(false);

const useOutcomeHiddenSlice = sharedSlice((s: AppState, dataset: Dataset) => outcomeHidden(s, dataset.races.get(s.race) ?? { lapsRun: 0 }));

/**
 * Whether no-spoilers mode hides the current race's outcome (data/spoilers.ts outcomeHidden), asked
 * once per store: the many places that ask it (every source's title, a hundred on a race page) read
 * it from here rather than each running a selector on every lap step. It changes only when the mode
 * is turned on or off or the cursor reaches the finish, so its consumers re-render only then.
 */
function OutcomeHiddenProvider({ store, dataset, children }: { store: AppStore; dataset: Dataset; children: ReactNode }) {
  const hidden = useOutcomeHiddenSlice(store, dataset);
  return <OutcomeHiddenContext.Provider value={hidden}>{children}</OutcomeHiddenContext.Provider>;
}

/** True while no-spoilers mode hides the current race's outcome (OutcomeHiddenProvider). */
export function useOutcomeHidden(): boolean {
  return useContext(OutcomeHiddenContext);
}

const LinkViewContext = createContext<View | null>(null);

const NO_CONTEXT = {};

/** The fields of the link view a lap step leaves as they are; the cursor is taken as of when one of them changed. */
const LINK_FIELDS = ['race', 'event', 'quote', 'hideAhead', 'follow', 'zoom', 'lanes'] as const;

const useLinkViewSlice = sharedSlice((s: AppState, _: object, previous: View | undefined): View => {
  const sameCompare = previous && (previous.compare === null ? s.compare === null : s.compare !== null && previous.compare.align === s.compare.align && previous.compare.races[0] === s.compare.races[0] && previous.compare.races[1] === s.compare.races[1]);
  if (previous && sameCompare && LINK_FIELDS.every((field) => previous[field] === s[field])) return previous;
  // `lap` and `compare.at` are taken together from the store, where perform keeps a comparison's lap
  // derived from its cursor (withLapAtCursor), so they agree here too (and stay together above).
  const { race, event, quote, hideAhead, follow, zoom, lanes, lap, compare } = s;
  return { race, event, quote, hideAhead, follow, zoom, lanes, lap, compare: compare && { races: [compare.races[0], compare.races[1]], align: compare.align, at: compare.at } };
});

/**
 * The view the links of a store's parts are built from (state/links.ts), read once per store: a
 * page has hundreds of incident links, and each running selectors on every lap step would cost the
 * scrub. It holds every field but the cursor, which is as of when it last changed, so it changes
 * (and its links render again) only when the reader's settings or the selection change.
 */
function LinkViewProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  const view = useLinkViewSlice(store, NO_CONTEXT);
  return <LinkViewContext.Provider value={view}>{children}</LinkViewContext.Provider>;
}

/** The view links are built from, the cursor as of its last change (LinkViewProvider). */
export function useLinkBase(): View {
  const view = useContext(LinkViewContext);
  if (!view) throw new Error('useLinkBase used outside <StoreProvider>');
  return view;
}

function useStoreContext() {
  const value = useContext(StoreContext);
  if (!value) throw new Error('useApp/useDataset used outside <StoreProvider>');
  return value;
}

/** Selects one value from the store; the component re-renders only when that value changes. */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useStoreContext().store, selector);
}

/** The store itself, for actions and for effects that subscribe outside React. */
export function useAppStore(): AppStore {
  return useStoreContext().store;
}

/** The dataset's catalog (races, their laps and incidents, quotes), the one the store and the address code use. */
export function useCatalog(): Catalog {
  return catalogOf(useStoreContext().dataset);
}

/** The validated dataset. */
export function useDataset(): Dataset {
  return useStoreContext().dataset;
}

/** Fetches a race's file again, or undefined where there is nothing to fetch (bundled data). */
export function useRetryRace(): RetryRace | undefined {
  return useStoreContext().retryRace;
}

/** Fetches a race ahead of need, or undefined where there is nothing to fetch ahead (every race listed is loaded or on its way). */
export function useLoadRace(): LoadRace | undefined {
  return useStoreContext().loadRace;
}

/** The path the site is served from, for links to race and incident pages (state/address.ts). */
export function useSiteRoot(): string {
  return useStoreContext().root;
}
