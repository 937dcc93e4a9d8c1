import { useDraftValueSelector } from '@/draft/draft-context';
import type { IssuePath } from '@/model/issue';

/** The keys the object at `path` has in the draft (none when it is not an object). */
export function usePresentKeys(path: IssuePath): readonly string[] {
  // A joined string keeps the selection equal while the keys stay the same.
  const joined = useDraftValueSelector(path, (value) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.keys(value).join('\n')
      : '',
  );
  return joined === '' ? [] : joined.split('\n');
}
