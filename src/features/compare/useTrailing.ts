import { startTransition, useLayoutEffect, useState } from 'react';
import { useHydrating } from '../../state/hydrating';
import { type CompareView as Comparison } from '../../state/compare';
import { type AppState } from '../../state/store';
import { useAppStore } from '../../state/StoreContext';
import { useStoreOncePerFrame } from '../../state/useStoreOncePerFrame';

/**
 * A value derived from the page's store, followed at most once a frame, after the change, and
 * rendered in a transition (as the at-this-lap panel follows the lap): for the parts that may trail
 * a step of the shared cursor by a frame, so a step renders nothing in React (DESIGN.md: a lap step
 * at most 2× a native slider's). Renders again only when the value changes (Object.is).
 */
export function useTrailing<T>(derive: (state: AppState) => T): T {
  const store = useAppStore();
  // Hydrating, first as the page was drawn (a prerendered part hydrates after the address's own view
  // has been applied, and must match the markup), then, before anything is painted, as the store is now.
  const hydrating = useHydrating();
  const [value, setValue] = useState(() => derive(hydrating ? store.getInitialState() : store.getState()));
  useLayoutEffect(() => {
    const now = derive(store.getState());
    // The one catch-up after hydrating (or a store that moved before mounting), before paint.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setValue((shown) => (Object.is(shown, now) ? shown : now));
    // Once, on mounting: later changes come through the subscription below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);
  useStoreOncePerFrame(store, (state) => {
    const next = derive(state);
    startTransition(() => setValue(() => next));
  });
  return value;
}

/** The page's comparison, trailing the shared cursor by up to a frame (useTrailing). */
export const useTrailingCompare = (): Comparison => useTrailing((s) => s.compare!);
