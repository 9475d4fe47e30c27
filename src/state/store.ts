/**
 * The one store, built from slices (DESIGN.md). It holds only what cannot be derived: the view a
 * link carries, the notices, playback and the reader's personal preferences. Everything else is a
 * race query over the dataset (data/race.ts). Each action runs a pure command (state/commands/) in
 * one update, so one gesture notifies subscribers once. How a change enters the browser history is not stored: the URL sync decides it
 * from what changed (historyEntryFor in url.ts).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Dataset } from '../data/dataset';
import type { LapWindow } from '../data/laps';
import type { LaneMode } from '../data/timelineView';
import type { Alignment } from '../data/align';
import { fillView, type Catalog, type LinkView, type View } from './view';
import {
  clearSelection,
  closeCompare,
  follow,
  hideAhead,
  moveCursor,
  openCompare,
  openRace,
  perform,
  selectCompareEvent,
  selectEvent,
  setAlign,
  setCompareAt,
  setField,
  setZoom,
  withoutEventAhead,
  zoomBy,
  type Command,
  type CommandCatalog,
} from './commands';

type ViewSlice = View & {
  /** Moves the cursor (playback, the chart's scrub surface). */
  setLap: (lap: number) => void;
  /** Moves the cursor as the slider does, stopping playback in the same update. */
  scrubTo: (lap: number) => void;
  /** Selects an incident (moving the cursor to its lap and stopping playback) or clears the selection. */
  selectEvent: (eventId: string | null) => void;
  /**
   * Switches race, opening it on its opening lap. A driver followed stays followed when they are in
   * that race too (driver ids are shared across races); otherwise following stops, with a notice.
   */
  selectRace: (raceId: string) => void;
  /** Follows a driver of the current race (highlighted everywhere), or stops following with null. */
  setFollow: (driverId: string | null) => void;
  /** Opens a quote in its article, or closes the reader. */
  openQuote: (quoteId: string | null) => void;
  setHideAhead: (hide: boolean) => void;
  /** Groups the timeline lanes by kind of incident or by featured driver. */
  setLanes: (lanes: LaneMode) => void;
  /** Applies a whole view with the notices about its link (Back/Forward), in one update. */
  applyView: (view: LinkView, notices: string[]) => void;
};

/** The zoom commands, here and nowhere else: every button, key and brush of the timeline calls one. */
type ZoomSlice = {
  /** Zooms the timeline to a lap window (normalised to the race), or back to the whole race with null. */
  setZoom: (zoom: LapWindow | null) => void;
  /** Half (in) or twice (out) as many laps, around `focus` (the focused item), else around the cursor. */
  zoomBy: (direction: 'in' | 'out', focus?: number) => void;
};

/** Two races on one axis (state/compare.ts): the view's `compare`, and the commands that change it. */
type CompareSlice = {
  /** Opens the comparison of two races, its cursor where the current race's is (when it is one of them). */
  openCompare: (races: [string, string]) => void;
  /**
   * Back to one race: by default the current race (whose incident is selected, else the first), at
   * its lap; given the other race of the two, that race at the lap it is on at the shared cursor.
   */
  closeCompare: (raceId?: string) => void;
  /** Moves the shared cursor to the axis step nearest `position`; each race's lap follows. */
  setCompareAt: (position: number) => void;
  /** Lines the races up another way, keeping the current race at its lap. */
  setAlign: (align: Alignment) => void;
  /** Selects an incident of either race: that race becomes current and the shared cursor goes to the incident. */
  selectCompareEvent: (raceId: string, eventId: string) => void;
};

type NoticeSlice = {
  /** Reader-facing explanations of what a link asked for that could not be shown. */
  notices: string[];
  setNotices: (notices: string[]) => void;
};

type PlaybackSlice = {
  playing: boolean;
  /** Laps per second while playing. */
  speed: number;
  /** Starts or stops playback; playing from the last lap restarts from lap 1, as a replay would. */
  setPlaying: (playing: boolean) => void;
  setSpeed: (speed: number) => void;
};

/** The whole store. */
export type AppState = ViewSlice & ZoomSlice & CompareSlice & NoticeSlice & PlaybackSlice;
/** A store instance; the app has one, each test makes its own. */
export type AppStore = StoreApi<AppState>;

/** Each dataset's catalog: a dataset never changes (a race that arrives makes a new one), so one is enough. */
const catalogByDataset = new WeakMap<Dataset, Catalog>();

/**
 * The catalog the URL parser needs, derived once per dataset however many places ask (the store,
 * every link, useCatalog): every race loaded, and every race summarised (one a prerendered page
 * fetches when opened), so an address into it reads the same.
 */
export function catalogOf(dataset: Dataset): Catalog {
  let catalog = catalogByDataset.get(dataset);
  if (!catalog) catalogByDataset.set(dataset, (catalog = buildCatalog(dataset)));
  return catalog;
}

function buildCatalog(dataset: Dataset): Catalog {
  return {
    raceIds: dataset.entries.map((e) => e.id),
    races: new Map(
      dataset.entries.flatMap(({ id, race, summary }) => {
        if (race) {
          const info = {
            name: race.name,
            lapsRun: race.lapsRun,
            scheduledLaps: race.scheduledLaps,
            eventLaps: new Map(race.events.map((e) => [e.id, e.lap])),
            drivers: new Map(race.drivers.map((d) => [d.id, d.name])),
          };
          return [[id, info] as const];
        }
        if (!summary) return [];
        const info = { name: summary.name, lapsRun: summary.lapsRun, scheduledLaps: summary.scheduledLaps, eventLaps: new Map(summary.eventLaps), drivers: new Map(summary.drivers) };
        return [[id, info] as const];
      }),
    ),
    quoteIds: new Set(dataset.quotes.map((q) => q.id)),
    ...(dataset.frontPage !== undefined && { frontPage: dataset.frontPage }),
    ...(dataset.quotesUnavailable && { quotesUnavailable: true }),
    quoteEvents: new Map(dataset.quotes.map((q) => [q.id, q.events])),
  };
}

/**
 * Laps per second Play starts at: 4, or 1 for a reader who asks for reduced motion (Play then
 * steps no faster than that until they choose a speed themselves).
 */
export function defaultSpeed(): number {
  const reduced = typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return reduced ? 1 : 4;
}

/** Each store's catalog, replaceable as race files arrive (updateCatalog). */
const catalogs = new WeakMap<AppStore, { current: Catalog }>();

/**
 * Tells a store about races that arrived after it was created (progressive loading, Retry): the
 * store's actions then know their laps and incidents. Not state: nothing re-renders for it.
 */
export function updateCatalog(store: AppStore, dataset: Dataset): void {
  const holder = catalogs.get(store);
  if (holder) holder.current = catalogOf(dataset);
}

/** Creates a store over `dataset`, starting at the view a link asks for. */
export function createAppStore(dataset: Dataset, initial: LinkView): AppStore {
  const holder = { current: catalogOf(dataset) };
  // The commands' catalog, always the latest (updateCatalog), read through getters.
  const catalog: CommandCatalog = {
    get races() {
      return holder.current.races;
    },
    get raceIds() {
      return holder.current.raceIds;
    },
  };
  const store = createStore<AppState>()((setState, get) => {
    /** Every update goes through the rule for what lies ahead (commands/command.ts), in the same update that moved the cursor or turned the mode on. */
    const set = (patch: Partial<AppState>) => setState((state) => withoutEventAhead({ ...state, ...patch }, catalog));
    /**
     * Runs a command (state/commands/) and sets the view it leads to, with its notices, in one update
     * (one gesture notifies subscribers once). `stop` stops playback too: a gesture of the reader's
     * own takes over from Play, even one that leaves the view as it was.
     */
    const run = (command: Command, stop = false) => {
      const state = get();
      const next = perform(command, viewOf(state), catalog);
      if (next === null && !(stop && state.playing)) return;
      set({ ...next?.view, ...(next?.notices && { notices: next.notices }), ...(stop && { playing: false }) });
    };
    return {
      ...fillView(initial),
      setLap: (lap) => run(moveCursor(lap)),
      scrubTo: (lap) => {
        // Off a race that did not load, the slider does nothing at all (not even stop Play).
        if (catalog.races.has(get().race)) run(moveCursor(lap), true);
      },
      selectEvent: (eventId) => run(eventId === null ? clearSelection : selectEvent(eventId), eventId !== null),
      selectRace: (raceId) => {
        if (raceId !== get().race || get().compare) run(openRace(raceId), true);
      },
      setFollow: (driverId) => run(follow(driverId)),
      openQuote: (quoteId) => run(setField('quote', quoteId)),
      setHideAhead: (hide) => run(hideAhead(hide)),
      setLanes: (lanes) => run(setField('lanes', lanes)),
      applyView: (view, notices) => set({ ...fillView(view), notices, playing: false }),

      setZoom: (zoom) => run(setZoom(zoom)),
      zoomBy: (direction, focus) => run(zoomBy(direction, focus)),

      openCompare: (races) => run(openCompare(races), true),
      closeCompare: (raceId) => run(closeCompare(raceId), true),
      setCompareAt: (position) => run(setCompareAt(position), true),
      setAlign: (align) => run(setAlign(align)),
      selectCompareEvent: (raceId, eventId) => run(selectCompareEvent(raceId, eventId), true),

      notices: [],
      setNotices: (notices) => set({ notices }),

      playing: false,
      speed: defaultSpeed(),
      setPlaying: (playing) => {
        const last = catalog.races.get(get().race)?.lapsRun;
        if (playing && last !== undefined && get().lap >= last) set({ playing, lap: 1 });
        else set({ playing });
      },
      setSpeed: (speed) => set({ speed }),
    };
  });
  catalogs.set(store, holder);
  return store;
}

/** Picks the shareable view out of the state. */
export function viewOf(state: AppState): View {
  return {
    race: state.race,
    lap: state.lap,
    event: state.event,
    quote: state.quote,
    hideAhead: state.hideAhead,
    follow: state.follow,
    zoom: state.zoom,
    lanes: state.lanes,
    compare: state.compare,
  };
}
