import { useCallback } from 'react';
import { countUpTo } from '../data/laps';
import { useApp } from '../state/StoreContext';

/**
 * How many of `laps` (ascending) are at or before the cursor in no-spoilers mode, or all of them
 * otherwise. A count, so a component using it re-renders only when the cursor crosses one.
 */
export function useShownCount(laps: readonly number[]): number {
  return useApp(
    useCallback(
      (s) => (s.hideAhead ? countUpTo(laps, s.lap) : laps.length),
      [laps],
    ),
  );
}
