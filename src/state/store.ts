/**
 * The one store, built from slices (DESIGN.md). It holds only what cannot be derived: the view a
 * link carries, how the last change should enter the browser history, the notices, playback and
 * the reader's personal preferences. Everything else is a selector over the dataset.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { clamp } from '../lib/clamp';
import type { Dataset } from '../data/dataset';
import { normaliseZoom, openingLap, sameZoom, type LapWindow } from '../data/laps';
import type { LaneMode } from '../data/timelineView';
import type { Catalog, View } from './view';

/** How a change enters the browser history: scrubbing replaces, selecting pushes, Back/Forward pops. */
export type HistoryMode = 'push' | 'replace' | 'pop';

type ViewSlice = Required<View> & {
  historyMode: HistoryMode;
  /** Moves the cursor; replaces the history entry. */
  setLap: (lap: number) => void;
  /** Selects an incident (moving the cursor to its lap) or clears the selection; pushes a history entry. */
  selectEvent: (eventId: string | null) => void;
  /** Switches race; pushes. */
  selectRace: (raceId: string) => void;
  /** Opens a quote in its article, or closes the reader; pushes. */
  openQuote: (quoteId: string | null) => void;
  setHideAhead: (hide: boolean) => void;
  /** Zooms the timeline to a lap window (normalised to the race), or back to the whole race with null; replaces. */
  setZoom: (zoom: LapWindow | null) => void;
  /** Groups the timeline lanes by kind of incident or by featured driver; replaces. */
  setLanes: (lanes: LaneMode) => void;
  /** Applies a whole view, e.g. from the URL on Back/Forward. */
  applyView: (view: View, mode: HistoryMode) => void;
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
  setPlaying: (playing: boolean) => void;
  setSpeed: (speed: number) => void;
};

/** The whole store. */
export type AppState = ViewSlice & NoticeSlice & PlaybackSlice;
/** A store instance; the app has one, each test makes its own. */
export type AppStore = StoreApi<AppState>;

/** The catalog the URL parser needs, derived once from the dataset. */
export function catalogOf(dataset: Dataset): Catalog {
  return {
    raceIds: dataset.entries.map((e) => e.id),
    races: new Map(
      [...dataset.races].map(([id, race]) => [id, { name: race.name, lapsRun: race.lapsRun, eventLaps: new Map(race.events.map((e) => [e.id, e.lap])) }]),
    ),
    quoteIds: new Set(dataset.quotes.map((q) => q.id)),
  };
}

/** Creates a store over `dataset`, starting at `initial`. */
export function createAppStore(dataset: Dataset, initial: View): AppStore {
  const catalog = catalogOf(dataset);
  return createStore<AppState>()((set, get) => ({
    ...initial,
    zoom: initial.zoom ?? null,
    lanes: initial.lanes ?? 'kind',
    historyMode: 'replace',
    setLap: (lap) => {
      const info = catalog.races.get(get().race);
      if (!info) return;
      const next = clamp(Math.round(lap), 1, info.lapsRun);
      if (next !== get().lap) set({ lap: next, historyMode: 'replace' });
    },
    selectEvent: (eventId) => {
      const info = catalog.races.get(get().race);
      if (!info) return;
      if (eventId === null) {
        if (get().event !== null) set({ event: null, historyMode: 'push' });
        return;
      }
      const lap = info.eventLaps.get(eventId);
      if (lap === undefined) return;
      set({ event: eventId, lap, playing: false, historyMode: 'push' });
    },
    selectRace: (raceId) => {
      if (raceId === get().race || !catalog.raceIds.includes(raceId)) return;
      const lap = openingLap(catalog.races.get(raceId), get().hideAhead);
      set({ race: raceId, lap, event: null, quote: null, zoom: null, playing: false, notices: [], historyMode: 'push' });
    },
    openQuote: (quoteId) => {
      if (quoteId !== get().quote) set({ quote: quoteId, historyMode: 'push' });
    },
    setHideAhead: (hideAhead) => set({ hideAhead, historyMode: 'replace' }),
    setZoom: (zoom) => {
      const info = catalog.races.get(get().race);
      const next = info ? normaliseZoom(zoom, info.lapsRun) : null;
      if (!sameZoom(next, get().zoom)) set({ zoom: next, historyMode: 'replace' });
    },
    setLanes: (lanes) => {
      if (lanes !== get().lanes) set({ lanes, historyMode: 'replace' });
    },
    applyView: (view, mode) => set({ ...view, zoom: view.zoom ?? null, lanes: view.lanes ?? 'kind', historyMode: mode, playing: false }),

    notices: [],
    setNotices: (notices) => set({ notices }),

    playing: false,
    speed: 4,
    setPlaying: (playing) => set({ playing }),
    setSpeed: (speed) => set({ speed }),
  }));
}

/** Picks the shareable view out of the state. */
export function viewOf(state: AppState): View {
  return { race: state.race, lap: state.lap, event: state.event, quote: state.quote, hideAhead: state.hideAhead, zoom: state.zoom, lanes: state.lanes };
}
