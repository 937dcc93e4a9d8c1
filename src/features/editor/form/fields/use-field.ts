import { useCallback, useMemo } from 'react';

import {
  useDraftIsBroken,
  useDraftIssueSelector,
  useDraftIssuesAt,
  useDraftStore,
  useDraftValue,
} from '@/draft/draft-context';
import type { DraftIssue } from '@/draft/draft-state';
import { sameIssues } from '@/draft/issue-index';
import { fieldInfo, type FieldInfo } from '@/model/field-info';
import type { IssuePath } from '@/model/issue';

import { emptiedAncestor } from './emptied-ancestor';
import { fieldId } from './field-id';
import { isUnder, pathKey } from './path-key';

export interface BoundField {
  readonly id: string;
  readonly value: unknown;
  readonly info: FieldInfo | undefined;
  /** Issues at exactly this path. */
  readonly issues: readonly DraftIssue[];
  /** True while the JSON text has a syntax error: the form shows stale values. */
  readonly isReadOnly: boolean;
  /**
   * Writes a value by a minimal edit of the JSON. Undefined removes the field,
   * and with it an optional settings object it leaves empty.
   */
  readonly set: (value: unknown) => void;
}

/** Issues at exactly a path. */
export function useIssuesAt(path: IssuePath): readonly DraftIssue[] {
  return useDraftIssuesAt(path);
}

/** Issues at a path or anywhere under it; runs only when the issues change. */
export function useIssuesBelow(path: IssuePath): readonly DraftIssue[] {
  const key = pathKey(path);
  const select = useMemo(
    () => (state: { issues: readonly DraftIssue[] }) =>
      state.issues.filter((issue) => isUnder(issue.path, path)),
    // The path is compared by its key, not its identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  return useDraftIssueSelector(select, sameIssues);
}

export function useIsReadOnly(): boolean {
  return useDraftIsBroken();
}

/** Binds a form input to the draft value at `path`. */
export function useField(path: IssuePath): BoundField {
  const store = useDraftStore();
  const key = pathKey(path);
  const value = useDraftValue(path);
  const issues = useIssuesAt(path);
  const isReadOnly = useIsReadOnly();
  // A new array with the same segments is the same path.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stablePath = useMemo(() => path, [key]);
  const set = useCallback(
    (next: unknown) => {
      const target =
        next === undefined
          ? emptiedAncestor(store.getState().value, stablePath)
          : stablePath;
      store.setValue(target, next);
    },
    [store, stablePath],
  );
  const info = useMemo(() => fieldInfo(stablePath), [stablePath]);
  return { id: fieldId(path), value, info, issues, isReadOnly, set };
}
