import { followInRaces } from '../../state/follow';
import { useLayoutEffect, useState } from 'react';
import type { Dataset } from '../../data/dataset';
import { lapInCompare, positionAtLap } from '../../state/compare';
import { catalogOf, createAppStore, type AppState, type AppStore } from '../../state/store';

/**
 * What one race of a comparison shows, read from the page's store: the driver followed only where
 * they raced (driver ids are shared across races), so each timeline rings their incidents there.
 */
function raceSide(root: AppState, raceId: string, catalog: ReturnType<typeof catalogOf>): Pick<AppState, 'lap' | 'event' | 'hideAhead' | 'lanes' | 'follow'> {
  return {
    lap: root.compare ? lapInCompare(catalog, root.compare, raceId) : root.lap,
    event: root.race === raceId ? root.event : null,
    hideAhead: root.hideAhead,
    lanes: root.lanes,
    follow: followInRaces(catalog, [raceId], root.follow),
  };
}

/**
 * A store for one race of a comparison, so the single race's parts (the timeline, its markers,
 * tooltips and scrub surface) work unchanged inside it. The page's store leads: its shared cursor
 * sets this race's lap, its selection this race's incident. What a reader does in this race's parts
 * (select an incident, drag the cursor) goes back to the page's store as a command, never as a copy.
 */
export function useLinkedRaceStore(root: AppStore, dataset: Dataset, raceId: string): AppStore {
  const [linked] = useState(() => {
    const catalog = catalogOf(dataset);
    // The page's store as it was created, not as it is now: a prerendered comparison hydrates its
    // timelines (a code-split part, in a Suspense boundary) after the address's own view (`?lap=`,
    // `?follow=`) has been applied, and they must first render as the server drew them. The effect
    // below brings this race up to date before anything is painted.
    const state = root.getInitialState();
    return { catalog, store: createAppStore(dataset, { race: raceId, quote: null, zoom: null, ...raceSide(state, raceId, catalog) }) };
  });
  useLayoutEffect(() => {
    const { store, catalog } = linked;
    let following = false;
    const follow = (state: AppState) => {
      const next = raceSide(state, raceId, catalog);
      const current = store.getState();
      if ((Object.keys(next) as (keyof typeof next)[]).every((k) => next[k] === current[k])) return;
      following = true;
      store.setState(next);
      following = false;
    };
    follow(root.getState());
    const stopFollowing = root.subscribe(follow);
    const stopReporting = store.subscribe((state, previous) => {
      if (following) return;
      const page = root.getState();
      if (state.event !== previous.event) {
        if (state.event !== null) page.selectCompareEvent(raceId, state.event);
        else if (page.race === raceId) page.selectEvent(null);
      } else if (state.lap !== previous.lap && page.compare) {
        page.setCompareAt(positionAtLap(catalog, page.compare, raceId, state.lap));
      }
    });
    return () => {
      stopFollowing();
      stopReporting();
    };
  }, [root, linked, raceId]);
  return linked.store;
}
