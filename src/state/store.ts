/**
 * The one store, built from slices (DESIGN.md). It holds only what cannot be derived: the view a
 * link carries, the notices, playback and the reader's personal preferences. Everything else is a
 * race query over the dataset (data/race.ts). Each action is one update, so one gesture notifies
 * subscribers once. How a change enters the browser history is not stored: the URL sync decides it
 * from what changed (historyEntryFor in url.ts).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { clamp } from '../lib/clamp';
import type { Dataset } from '../data/dataset';
import { normaliseZoom, openingLap, sameZoom, zoomIn, zoomOut, type LapWindow } from '../data/laps';
import type { LaneMode } from '../data/timelineView';
import { fillView, type Catalog, type LinkView, type View } from './view';
import { lapInCompare, positionAtLap, stepsOf, type CompareView } from './compare';
import { nearestStep, type Alignment } from '../data/align';
import { isAhead, lapsKnown } from '../data/spoilers';
import { driverNameIn, followInRaces, notFollowedNotice } from './follow';

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
  const lapsRun = (raceId: string) => holder.current.races.get(raceId)?.lapsRun;
  const store = createStore<AppState>()((setState, get) => {
    /**
     * Every update goes through the rule for what lies ahead (data/spoilers.ts): in no-spoilers mode
     * an incident after the cursor is no longer selected, in the same update that moved the cursor
     * back or turned the mode on, so the address, the title and the panels never keep it.
     */
    const set = (patch: Partial<AppState>) =>
      setState((state) => {
        const next = { ...state, ...patch };
        const lapOfEvent = next.event === null ? undefined : holder.current.races.get(next.race)?.eventLaps.get(next.event);
        return lapOfEvent !== undefined && isAhead(next, lapOfEvent) ? { ...patch, event: null } : patch;
      });
    const catalog = {
      get races() {
        return holder.current.races;
      },
      get raceIds() {
        return holder.current.raceIds;
      },
    };
    /**
     * The driver followed once the view shows `raceIds` (one race, or the two compared): kept when they
     * raced in one of them (driver ids are shared across races), else dropped with a notice saying so.
     * A race that failed to load follows no one, without a word (its error card is all there is).
     */
    const followInto = (raceIds: readonly string[]): { follow: string | null; notices: string[] } => {
      const { follow } = get();
      const kept = followInRaces(catalog, raceIds, follow);
      if (follow === null || kept !== null) return { follow: kept, notices: [] };
      const shown = raceIds.flatMap((id) => catalog.races.get(id) ?? []);
      return { follow: null, notices: shown.length > 0 ? [notFollowedNotice(driverNameIn(catalog, follow) ?? follow, shown.map((info) => info.name))] : [] };
    };
    // The shared cursor's steps, worked out once per pair and alignment (and catalog): a step of the
    // shared slider looks them up rather than sorting every lap end of both races again.
    let stepsCache: { key: string; races: unknown; steps: number[] } | null = null;
    const compareSteps = (compare: Pick<CompareView, 'races' | 'align'>) => {
      const key = `${compare.races.join(',')}:${compare.align}`;
      if (stepsCache?.key !== key || stepsCache.races !== catalog.races) stepsCache = { key, races: catalog.races, steps: stepsOf(catalog, compare) };
      return stepsCache.steps;
    };
    /**
     * The laps a zoom may cover: the race's, or in no-spoilers mode as far as the reader may know it
     * (data/spoilers.ts lapsKnown), so a zoom window (and its "Laps 120–179") never tells the length.
     */
    const zoomableLaps = () => {
      const info = holder.current.races.get(get().race);
      return info && lapsKnown({ lapsRun: info.lapsRun, scheduledLaps: info.scheduledLaps ?? info.lapsRun }, get());
    };
    /** The cursor clamped to the current race, or null when the race did not load. */
    const cursorAt = (lap: number) => {
      const last = lapsRun(get().race);
      return last === undefined ? null : clamp(Math.round(lap), 1, last);
    };
    return {
      ...fillView(initial),
      setLap: (lap) => {
        const next = cursorAt(lap);
        if (next !== null && next !== get().lap) set({ lap: next });
      },
      scrubTo: (lap) => {
        const next = cursorAt(lap);
        if (next !== null && (next !== get().lap || get().playing)) set({ lap: next, playing: false });
      },
      selectEvent: (eventId) => {
        const info = catalog.races.get(get().race);
        if (!info) return;
        if (eventId === null) {
          if (get().event !== null) set({ event: null });
          return;
        }
        const lap = info.eventLaps.get(eventId);
        if (lap === undefined) return;
        const { compare, race } = get();
        if (compare) get().selectCompareEvent(race, eventId);
        else set({ event: eventId, lap, playing: false });
      },
      selectRace: (raceId) => {
        if ((raceId === get().race && !get().compare) || !catalog.raceIds.includes(raceId)) return;
        const lap = openingLap(catalog.races.get(raceId), get().hideAhead);
        set({ race: raceId, lap, event: null, quote: null, zoom: null, playing: false, compare: null, ...followInto([raceId]) });
      },
      setFollow: (driverId) => {
        if (driverId === get().follow) return;
        const { compare, race } = get();
        if (driverId !== null && !(compare?.races ?? [race]).some((id) => catalog.races.get(id)?.drivers.has(driverId))) return;
        set({ follow: driverId });
      },
      openQuote: (quoteId) => {
        if (quoteId !== get().quote) set({ quote: quoteId });
      },
      setHideAhead: (hideAhead) => {
        const { compare, race, lap } = get();
        // Lined up by laps to go, a comparison tells how long each race ran (lap 1 is "178 to go"):
        // no-spoilers mode lines the races up by distance, at the same lap of the current race.
        if (!hideAhead || compare?.align !== 'togo') return set({ hideAhead });
        const next = { ...compare, align: 'distance' as const, at: positionAtLap(catalog, { races: compare.races, align: 'distance' }, race, lap) };
        set({ hideAhead, compare: next, lap: lapInCompare(catalog, next, race) });
      },
      setLanes: (lanes) => {
        if (lanes !== get().lanes) set({ lanes });
      },
      applyView: (view, notices) => set({ ...fillView(view), notices, playing: false }),

      setZoom: (zoom) => {
        const last = zoomableLaps();
        const next = last === undefined ? null : normaliseZoom(zoom, last);
        if (!sameZoom(next, get().zoom)) set({ zoom: next });
      },
      zoomBy: (direction, focus) => {
        const last = zoomableLaps();
        if (last === undefined) return;
        const { zoom, lap, setZoom } = get();
        setZoom((direction === 'in' ? zoomIn : zoomOut)(zoom, focus ?? lap, last));
      },

      openCompare: (races) => {
        if (races[0] === races[1] || !races.every((id) => catalog.races.has(id))) return;
        const { race, lap, event, compare } = get();
        const align = compare?.align ?? 'distance';
        // The current race keeps its lap and its incident when it is one of the two.
        const current = races.includes(race) ? race : races[0];
        const at = races.includes(race) ? positionAtLap(catalog, { races, align }, race, lap) : stepsOf(catalog, { races, align }).at(-1)!;
        const next = { races, align, at };
        const { follow, notices } = followInto(races);
        set({
          compare: next,
          race: current,
          lap: lapInCompare(catalog, next, current),
          event: current === race ? event : null,
          zoom: null,
          playing: false,
          follow,
          ...(follow !== get().follow && { notices }),
        });
      },
      closeCompare: (raceId) => {
        const { compare, race } = get();
        if (!compare) return;
        const back = raceId === undefined || raceId === race || !compare.races.includes(raceId) ? race : raceId;
        // Back to one race: the driver followed may have raced only in the other.
        const { follow, notices } = followInto([back]);
        const following = { follow, ...(follow !== get().follow && { notices }) };
        if (back === race) set({ compare: null, playing: false, ...following });
        // The other race keeps the lap the comparison had it on (not its opening lap); its incident is not selected.
        else set({ compare: null, race: back, lap: lapInCompare(catalog, compare, back), event: null, quote: null, playing: false, ...following });
      },
      setCompareAt: (position) => {
        const { compare, race } = get();
        if (!compare) return;
        const all = compareSteps(compare);
        const at = all[nearestStep(all, position)]!;
        if (at === compare.at) return;
        const next = { ...compare, at };
        set({ compare: next, lap: lapInCompare(catalog, next, race), playing: false });
      },
      setAlign: (align) => {
        const { compare, race, lap, hideAhead } = get();
        if (!compare || compare.align === align || (hideAhead && align === 'togo')) return;
        const next = { ...compare, align, at: positionAtLap(catalog, { races: compare.races, align }, race, lap) };
        set({ compare: next, lap: lapInCompare(catalog, next, race) });
      },
      selectCompareEvent: (raceId, eventId) => {
        const { compare } = get();
        const lap = catalog.races.get(raceId)?.eventLaps.get(eventId);
        if (!compare || !compare.races.includes(raceId) || lap === undefined) return;
        const next = { ...compare, at: positionAtLap(catalog, compare, raceId, lap) };
        set({ compare: next, race: raceId, event: eventId, lap: lapInCompare(catalog, next, raceId), playing: false });
      },

      notices: [],
      setNotices: (notices) => set({ notices }),

      playing: false,
      speed: defaultSpeed(),
      setPlaying: (playing) => {
        const last = lapsRun(get().race);
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
