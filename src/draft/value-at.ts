import type { IssuePath } from '@/model/issue';

/** The value at a path of a JSON value, or undefined when it is not there. */
export function valueAt(value: unknown, path: IssuePath): unknown {
  let current = value;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment))
      return undefined;
    current = (current as Record<string | number, unknown>)[segment]; // own property checked above
  }
  return current;
}
