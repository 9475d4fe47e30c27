/**
 * A value many components of one store read, selected once per store instead of once per reader.
 *
 * Every `useStore` selector is a store listener, and a store runs all its listeners on every lap
 * step. The page has a dozen React roots (each prerendered part hydrates on its own, ui/LazyPart),
 * each with its own StoreProvider: values every provider hands down (the link view, whether the
 * outcome is hidden) cost one listener per selector per root, about 130 of the page's 160 before
 * this. A shared slice is one listener on the store, however many roots read it, and it notifies
 * its readers only when the value changes (never on a plain lap step).
 */
import { useSyncExternalStore } from 'react';
import type { StoreApi } from 'zustand';

type Source<T> = {
  subscribe: (onChange: () => void) => () => void;
  get: () => T;
  /** The value of the store's initial state: what the prerendered page shows, read while hydrating. */
  getInitial: () => T;
};

/**
 * Defines a slice: `select` computes it from the state and the value it had (return `previous`
 * itself when nothing it depends on changed, so readers keep the same object). Returns the hook
 * that reads it, given the store and the context `select` needs (one source per store and context).
 */
export function sharedSlice<S, C extends object, T>(select: (state: S, context: C, previous: T | undefined) => T) {
  const sources = new WeakMap<StoreApi<S>, WeakMap<C, Source<T>>>();

  function sourceOf(store: StoreApi<S>, context: C): Source<T> {
    let byContext = sources.get(store);
    if (!byContext) sources.set(store, (byContext = new WeakMap()));
    let source = byContext.get(context);
    if (!source) byContext.set(context, (source = createSource(store, context)));
    return source;
  }

  function createSource(store: StoreApi<S>, context: C): Source<T> {
    const readers = new Set<() => void>();
    // The initial state's value first, and the current one from it: while they are the same, the
    // same object. Hydration reads the first (getInitial) and then the second (get): a different
    // object would be an update to every reader mid-hydration, and a prerendered part that is not
    // hydrated yet would give up its drawn markup for its placeholder (ui/LazyPart.tsx).
    const initial = select(store.getInitialState(), context, undefined);
    let current = select(store.getState(), context, initial);
    let unsubscribe: (() => void) | null = null;
    const refresh = () => {
      const next = select(store.getState(), context, current);
      if (Object.is(next, current)) return false;
      current = next;
      return true;
    };
    return {
      subscribe(onChange) {
        readers.add(onChange);
        if (!unsubscribe) {
          // Nobody listened for a while: catch up before listening again.
          refresh();
          unsubscribe = store.subscribe(() => {
            if (refresh()) readers.forEach((reader) => reader());
          });
        }
        return () => {
          readers.delete(onChange);
          if (readers.size === 0 && unsubscribe) {
            unsubscribe();
            unsubscribe = null;
          }
        };
      },
      get() {
        if (!unsubscribe) refresh();
        return current;
      },
      getInitial: () => initial,
    };
  }

  return function useSharedSlice(store: StoreApi<S>, context: C): T {
    const source = sourceOf(store, context);
    return useSyncExternalStore(source.subscribe, source.get, source.getInitial);
  };
}
