import { createContext, useContext, useSyncExternalStore } from 'react';
import { useSyncExternalStoreWithSelector } from 'use-sync-external-store/with-selector';

import type { IssuePath } from '@/model/issue';

import type { DraftState } from './draft-state';
import type { DraftStore } from './draft-store';
import { valueAt } from './value-at';

const DraftContext = createContext<DraftStore | null>(null);

export const DraftProvider = DraftContext.Provider;

/** The draft store of the editor around this component. */
export function useDraftStore(): DraftStore {
  const store = useContext(DraftContext);
  if (!store) throw new Error('useDraftStore needs a DraftProvider above it.');
  return store;
}

/** The whole draft state; re-renders on every change. */
export function useDraftState(): DraftState {
  const store = useDraftStore();
  return useSyncExternalStore(store.subscribe, store.getState);
}

/** Part of the draft state; re-renders only when that part changes. */
export function useDraftSelector<T>(
  select: (state: DraftState) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  const store = useDraftStore();
  return useSyncExternalStoreWithSelector(
    store.subscribe,
    store.getState,
    undefined,
    select,
    isEqual,
  );
}

/** The value at a path of the last good draft value. */
export function useDraftValue(path: IssuePath): unknown {
  return useDraftSelector((state) => valueAt(state.value, path));
}
