/**
 * One race of a comparison, as the single race's parts (the timeline, its markers, tooltips and
 * scrub surface) read it: a view of the page's store, not a store of its own. Its state is derived
 * from the page's on every read (the race, its lap at the shared cursor, its incident when it is the
 * one selected, the driver followed where they raced); what a reader does in it (select an incident,
 * drag the cursor) is sent to the page's store as the comparison's command. Nothing is copied, so
 * nothing has to be kept in step.
 */
import type { StoreApi } from 'zustand/vanilla';
import { followInRaces } from './follow';
import { lapInCompare, positionAtLap } from './compare';
import type { AppState, AppStore } from './store';
import type { Catalog } from './view';

/** The page's state as one race of its comparison sees it. */
function laneSide(page: AppState, raceId: string, catalog: Catalog): Pick<AppState, 'race' | 'lap' | 'event' | 'quote' | 'follow' | 'zoom'> {
  return {
    race: raceId,
    // The lane's race at the shared cursor: the rule that gives the page its lap (withLapAtCursor,
    // applied by perform), for this race rather than the page's current one.
    lap: page.compare ? lapInCompare(catalog, page.compare, raceId) : page.lap,
    event: page.race === raceId ? page.event : null,
    quote: null,
    follow: followInRaces(catalog, [raceId], page.follow),
    // A lane is drawn on the shared axis: it has no zoom of its own. It keeps the page's `compare`, so
    // a link in it (an incident's) is built by the comparison's command, as its click is.
    zoom: null,
  };
}

/** A lane of the comparison over the page's store (see above). */
export function createLaneStore(page: AppStore, catalog: Catalog, raceId: string): AppStore {
  const toShared = (lap: number) => {
    const { compare } = page.getState();
    if (compare) page.getState().setCompareAt(positionAtLap(catalog, compare, raceId, lap));
  };
  const commands: Partial<AppState> = {
    selectEvent: (eventId) => {
      const state = page.getState();
      if (eventId !== null) state.selectCompareEvent(raceId, eventId);
      else if (state.race === raceId) state.selectEvent(null);
    },
    setLap: toShared,
    scrubTo: toShared,
    // The shared axis is the lanes' window: they do not zoom.
    setZoom: () => {},
    zoomBy: () => {},
  };
  /** The lane's state for a page state, the same object for the same page state (React compares snapshots). */
  const memo = () => {
    let last: { page: AppState; lane: AppState } | null = null;
    return (state: AppState): AppState => {
      if (last?.page !== state) last = { page: state, lane: { ...state, ...laneSide(state, raceId, catalog), ...commands } };
      return last.lane;
    };
  };
  const current = memo();
  const initial = memo();
  const lane: StoreApi<AppState> = {
    getState: () => current(page.getState()),
    getInitialState: () => initial(page.getInitialState()),
    subscribe: (listener) => {
      // The lane as this listener last saw it is its `previous`.
      let seen = current(page.getState());
      return page.subscribe((state) => {
        const previous = seen;
        seen = current(state);
        listener(seen, previous);
      });
    },
    setState: () => {
      throw new Error('A lane of a comparison is a view of the page’s store: send it commands instead.');
    },
  };
  return lane;
}
