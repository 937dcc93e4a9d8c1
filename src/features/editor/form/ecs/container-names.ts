import { useDraftStore, useDraftValueSelector } from '@/draft/draft-context';
import { valueAt } from '@/draft/value-at';
import type { IssuePath } from '@/model/issue';

const sameNames = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((name, index) => name === b[index]);

/** The `name` of each object in a list of the draft, in order ('' when unnamed). */
export function useNamesAt(listPath: IssuePath): readonly string[] {
  return useDraftValueSelector(listPath, namesOf, sameNames);
}

/**
 * Makes the name of a new item of the list at `listPath`: `prefix-N`, N
 * counting on from the list's length, skipping names taken in that list or
 * in `alsoTaken`. It reads the draft when called, so the list's form does not
 * re-render while names are typed.
 */
export function useNewName(
  prefix: string,
  listPath: IssuePath,
  alsoTaken: readonly IssuePath[] = [],
): () => string {
  const store = useDraftStore();
  return () => {
    const value = store.getState().value;
    const names = namesIn(value, listPath);
    const taken = [...names, ...alsoTaken.flatMap((p) => namesIn(value, p))];
    let n = names.length + 1;
    while (taken.includes(`${prefix}-${n}`)) n += 1;
    return `${prefix}-${n}`;
  };
}

/** The name of an object, or '' when it has none. */
export function nameOf(item: unknown): string {
  const name =
    typeof item === 'object' && item !== null && 'name' in item
      ? item.name
      : undefined;
  return typeof name === 'string' ? name : '';
}

function namesIn(value: unknown, listPath: IssuePath): string[] {
  return namesOf(valueAt(value, listPath));
}

function namesOf(list: unknown): string[] {
  return Array.isArray(list) ? list.map(nameOf) : [];
}
