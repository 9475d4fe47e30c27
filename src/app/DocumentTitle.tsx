import { useAppStore, useDataset } from '../state/StoreContext';
import { viewTitle } from '../state/title';
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
      document.title = viewTitle(dataset.races.get(state.race), state);
    },
    (state, previous) => state.race !== previous.race || state.event !== previous.event || state.lap !== previous.lap || state.hideAhead !== previous.hideAhead || state.follow !== previous.follow,
  );
  return null;
}
