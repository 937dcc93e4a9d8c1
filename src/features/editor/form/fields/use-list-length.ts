import { useMemo } from 'react';

import { useDraftValueSelector } from '@/draft/draft-context';
import type { IssuePath } from '@/model/issue';

import { pathKey } from './path-key';

/**
 * The number of items of the list at `path` (0 when it is not a list). Lists
 * subscribe to their length, not their value, so typing in one item does not
 * re-render the others.
 */
export function useListLength(path: IssuePath): number {
  const key = pathKey(path);
  const select = useMemo(
    () => (list: unknown) => (Array.isArray(list) ? list.length : 0),
    // The path is compared by its key, not its identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  return useDraftValueSelector(path, select);
}

/** The indexes 0..length-1, the same array while the length stays. */
export function useIndexes(length: number): readonly number[] {
  return useMemo(() => Array.from({ length }, (_, index) => index), [length]);
}
