import { useEffect, useLayoutEffect, useRef } from 'react';
import type { AppState, AppStore } from './store';

/**
 * Follows the store at most once a frame, after the change, never inside it: for what may trail a
 * lap step by a frame (the at-this-lap panel, the tab title, the embed's link out), so scrubbing
 * never waits for it. `follow` runs once at mount, then in the frame after any change `changed`
 * accepts (all changes when omitted).
 */
export function useStoreOncePerFrame(store: AppStore, follow: (state: AppState) => void, changed?: (state: AppState, previous: AppState) => boolean): void {
  // The latest callbacks, so a re-render with new closures does not resubscribe.
  const latest = useRef({ follow, changed });
  useLayoutEffect(() => {
    latest.current = { follow, changed };
  });
  useEffect(() => {
    let frame = 0;
    const run = () => {
      frame = 0;
      latest.current.follow(store.getState());
    };
    run();
    const unsubscribe = store.subscribe((state, previous) => {
      if (frame === 0 && (latest.current.changed?.(state, previous) ?? true)) frame = requestAnimationFrame(run);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [store]);
}
