import { useAppStore, useDataset } from '../state/StoreContext';
import { compareTitle, viewTitle } from '../state/title';
import { useStoreOncePerFrame } from '../state/useStoreOncePerFrame';

/**
 * Keeps document.title in step with the view. Written at most once a frame, after the change, so a
 * lap step never waits for it (scrubbing writes it once per frame, not once per lap).
 */
export function DocumentTitle() {
  const dataset = useDataset();
  useStoreOncePerFrame(
    useAppStore(),
    (state) => {
      const race = dataset.races.get(state.race);
      const compared = state.compare?.races.map((id) => dataset.races.get(id));
      document.title =
        race && compared?.[0] && compared[1] ? compareTitle([compared[0], compared[1]], race, state) : viewTitle(race, state);
    },
    (state, previous) =>
      state.race !== previous.race ||
      state.event !== previous.event ||
      state.lap !== previous.lap ||
      state.hideAhead !== previous.hideAhead ||
      state.follow !== previous.follow ||
      state.compare !== previous.compare,
  );
  return null;
}
