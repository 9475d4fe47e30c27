import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Dataset } from '../data/dataset';
import type { AppState, AppStore } from './store';

const StoreContext = createContext<{ store: AppStore; dataset: Dataset } | null>(null);

/** Provides the store and the dataset to the tree; tests wrap components in their own. */
export function StoreProvider({ store, dataset, children }: { store: AppStore; dataset: Dataset; children: ReactNode }) {
  return <StoreContext.Provider value={{ store, dataset }}>{children}</StoreContext.Provider>;
}

function useStoreContext() {
  const value = useContext(StoreContext);
  if (!value) throw new Error('useApp/useDataset used outside <StoreProvider>');
  return value;
}

/** Selects one value from the store; the component re-renders only when that value changes. */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useStoreContext().store, selector);
}

/** The store itself, for actions and for effects that subscribe outside React. */
export function useAppStore(): AppStore {
  return useStoreContext().store;
}

/** The validated dataset. */
export function useDataset(): Dataset {
  return useStoreContext().dataset;
}
