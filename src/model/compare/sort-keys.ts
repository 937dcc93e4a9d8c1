import { isRecord } from '../shapes/is-record';
import { setOwn } from '../shapes/set-own';

/**
 * A copy of a JSON value with the keys of every object in UTF-16 code unit
 * order, so that two definitions printed side by side line up. Lists keep
 * their order.
 */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isRecord(value)) return value;

  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort())
    setOwn(sorted, key, sortKeys(value[key]));
  return sorted;
}
