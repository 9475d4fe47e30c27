import { useEffect } from 'react';
import type { Dataset } from '../data/dataset';
import type { AppState } from '../state/store';
import { useAppStore, useDataset } from '../state/StoreContext';
import { compareTitle, viewTitle } from '../state/title';
import { useStoreOncePerFrame } from '../state/useStoreOncePerFrame';

/** The tab's title for the state: one race's, or the pair's while two are compared. */
function titleOf(dataset: Dataset, state: AppState): string {
  const race = dataset.races.get(state.race);
  const compared = state.compare?.races.map((id) => dataset.races.get(id));
  return race && compared?.[0] && compared[1] ? compareTitle([compared[0], compared[1]], race, state) : viewTitle(race, state);
}

/**
 * Keeps document.title in step with the view. Written at most once a frame, after the change, so a
 * lap step never waits for it (scrubbing writes it once per frame, not once per lap); and again when
 * a race arrives (a page fetches the races it does not carry), since the title may name it.
 */
export function DocumentTitle() {
  const dataset = useDataset();
  const store = useAppStore();
  useStoreOncePerFrame(
    store,
    (state) => {
      document.title = titleOf(dataset, state);
    },
    (state, previous) =>
      state.race !== previous.race ||
      state.event !== previous.event ||
      state.lap !== previous.lap ||
      state.hideAhead !== previous.hideAhead ||
      state.follow !== previous.follow ||
      state.compare !== previous.compare,
  );
  useEffect(() => {
    document.title = titleOf(dataset, store.getState());
  }, [dataset, store]);
  return null;
}
