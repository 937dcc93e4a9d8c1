import { useMemo } from 'react';

import { useDraftValueSelector } from '@/draft/draft-context';
import { valueAt } from '@/draft/value-at';
import type { IssuePath } from '@/model/issue';

/** Whether the draft has a value at `path`; re-renders only when that flips. */
export function useIsPresent(path: IssuePath): boolean {
  return (
    usePresentKeys(path.slice(0, -1), [path[path.length - 1] ?? '']).length > 0
  );
}

/**
 * Which of `keys` the object at `path` holds, in the order given. A section
 * follows this instead of the object's value, so typing inside it does not
 * re-render the section.
 */
export function usePresentKeys(
  path: IssuePath,
  keys: readonly (string | number)[],
): readonly (string | number)[] {
  const scope = JSON.stringify([path, keys]);
  const select = useMemo(
    () => (parent: unknown) =>
      keys.filter((key) => valueAt(parent, [key]) !== undefined).join('\u0000'),
    // The path and keys are compared by value, not identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scope],
  );
  const joined = useDraftValueSelector(path, select);
  return useMemo(
    () => keys.filter((key) => joined.split('\u0000').includes(String(key))),
    // The joined string carries the answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [joined, scope],
  );
}
