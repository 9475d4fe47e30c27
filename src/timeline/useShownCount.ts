import { useCallback } from 'react';
import { useApp } from '../state/StoreContext';

/**
 * How many of `laps` (ascending) are at or before the cursor in no-spoilers mode, or all of them
 * otherwise. A count, so a component using it re-renders only when the cursor crosses one.
 */
export function useShownCount(laps: readonly number[]): number {
  return useApp(
    useCallback(
      (s) => {
        if (!s.hideAhead) return laps.length;
        let n = 0;
        while (n < laps.length && laps[n]! <= s.lap) n++;
        return n;
      },
      [laps],
    ),
  );
}
