import { useEffect } from 'react';
import { useAppStore, useDataset } from '../state/StoreContext';
import { viewTitle } from '../state/title';

/**
 * Keeps document.title in step with the view. Written at most once a frame, after the change, so a
 * lap step never waits for it (scrubbing writes it once per frame, not once per lap).
 */
export function DocumentTitle() {
  const store = useAppStore();
  const dataset = useDataset();
  useEffect(() => {
    let frame = 0;
    const write = () => {
      frame = 0;
      const state = store.getState();
      document.title = viewTitle(dataset.races.get(state.race), state);
    };
    write();
    const unsubscribe = store.subscribe((state, previous) => {
      const changed = state.race !== previous.race || state.event !== previous.event || state.lap !== previous.lap || state.hideAhead !== previous.hideAhead;
      if (changed && frame === 0) frame = requestAnimationFrame(write);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [store, dataset]);
  return null;
}
