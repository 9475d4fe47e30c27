import { useSyncExternalStore } from 'react';

/** Nothing to subscribe to: the value never changes while the page is open. */
const noSubscription = () => () => {};

/**
 * A fact about the browser that never changes while the page is open (a share sheet, an observer,
 * the embed), read in render without breaking hydration: a prerendered page and the first render
 * of its hydration see `serverValue`, then the browser's own value follows at once.
 */
export function useClientValue<T>(read: () => T, serverValue: T): T {
  return useSyncExternalStore(noSubscription, read, () => serverValue);
}
