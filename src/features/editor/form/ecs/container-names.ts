import { useDraftSelector } from '@/draft/draft-context';
import { valueAt } from '@/draft/value-at';
import type { IssuePath } from '@/model/issue';

const sameNames = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((name, index) => name === b[index]);

/** The `name` of each object in a list of the draft, in order ('' when unnamed). */
export function useNamesAt(listPath: IssuePath): readonly string[] {
  return useDraftSelector((state) => {
    const list = valueAt(state.value, listPath);
    return Array.isArray(list) ? list.map(nameOf) : [];
  }, sameNames);
}

/** The name of an object, or '' when it has none. */
export function nameOf(item: unknown): string {
  const name =
    typeof item === 'object' && item !== null && 'name' in item
      ? item.name
      : undefined;
  return typeof name === 'string' ? name : '';
}

/**
 * A name for the next item of a list of `count`: `prefix-N` with N from
 * count + 1 up, skipping names already taken.
 */
export function unusedName(
  prefix: string,
  count: number,
  taken: readonly string[],
): string {
  let n = count + 1;
  while (taken.includes(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}
