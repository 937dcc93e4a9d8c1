import {
  createContext,
  useCallback,
  useContext,
  useSyncExternalStore,
} from 'react';
import { useSyncExternalStoreWithSelector } from 'use-sync-external-store/with-selector';

import type { IssuePath } from '@/model/issue';

import type { DraftIssue, DraftState } from './draft-state';
import type { DraftStore } from './draft-store';
import { issuePathKey, issuesAtKey, sameIssues } from './issue-index';
import { valueAt } from './value-at';

const DraftContext = createContext<DraftStore | null>(null);

export const DraftProvider = DraftContext.Provider;

type Subscribe = (wake: () => void) => () => void;

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

/**
 * Part of the draft state; re-renders only when that part changes. The
 * selector runs on every change of the draft: a field should rather use the
 * hooks below, which run only when their own part changes.
 */
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

/**
 * Something computed from the value at `path`; its selector runs only when
 * that part of the value changes.
 */
export function useDraftValueSelector<T>(
  path: IssuePath,
  select: (value: unknown) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  const store = useDraftStore();
  const key = issuePathKey(path);
  const subscribe = useCallback<Subscribe>(
    (wake) => store.subscribeValue(path, wake),
    // The path is compared by its key, not its identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, key],
  );
  return useSyncExternalStoreWithSelector(
    subscribe,
    store.getState,
    undefined,
    (state) => select(valueAt(state.value, path)),
    isEqual,
  );
}

/** The value at a path of the last good draft value. */
export function useDraftValue(path: IssuePath): unknown {
  return useDraftValueSelector(path, (value) => value);
}

/** The issues at exactly `path`; re-renders only when what they say changes. */
export function useDraftIssuesAt(path: IssuePath): readonly DraftIssue[] {
  const store = useDraftStore();
  const key = issuePathKey(path);
  const subscribe = useCallback<Subscribe>(
    (wake) => store.subscribeIssuesAt(path, wake),
    // The path is compared by its key, not its identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, key],
  );
  return useSyncExternalStoreWithSelector(
    subscribe,
    store.getState,
    undefined,
    (state) => issuesAtKey(state.issues, key),
    sameIssues,
  );
}

/**
 * Something computed from the issues (and the syntax error); its selector
 * runs only when they change, not on every keystroke.
 */
export function useDraftIssueSelector<T>(
  select: (state: DraftState) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  const store = useDraftStore();
  return useSyncExternalStoreWithSelector(
    store.subscribeIssues,
    store.getState,
    undefined,
    select,
    isEqual,
  );
}

/** True while the JSON text has a syntax error. */
export function useDraftIsBroken(): boolean {
  const store = useDraftStore();
  return useSyncExternalStore(
    store.subscribeSyntaxError,
    () => store.getState().syntaxError !== null,
  );
}
