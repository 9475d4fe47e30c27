import { startTransition, useState } from 'react';
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
  const [value, setValue] = useState(() => derive(store.getState()));
  useStoreOncePerFrame(store, (state) => {
    const next = derive(state);
    startTransition(() => setValue(() => next));
  });
  return value;
}

/** The page's comparison, trailing the shared cursor by up to a frame (useTrailing). */
export const useTrailingCompare = (): Comparison => useTrailing((s) => s.compare!);
