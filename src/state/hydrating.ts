import { useSyncExternalStore } from 'react';

// React reads the server snapshot while hydrating (and on the server), the client one otherwise.
const subscribeToNothing = () => () => {};
const notHydrating = () => false;
const hydratingNow = () => true;

/**
 * True while this render hydrates the page's markup (or draws it on the server): a part that reads
 * the store outside a subscription must then read the view the page was drawn at
 * (store.getInitialState()), or it would not match the markup.
 */
export function useHydrating(): boolean {
  return useSyncExternalStore(subscribeToNothing, notHydrating, hydratingNow);
}
