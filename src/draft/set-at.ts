import type { IssuePath } from '@/model/issue';

/** Returned when a change is not one of the cases `setAt` follows. */
export const UNKNOWN = Symbol('unknown');

/**
 * The value that parsing the text gives after `editAtPath(text, path, value)`,
 * computed from the value before the edit instead of parsing the whole text
 * again: a new value along the path, every other part shared. Follows
 * editAtPath case by case: a missing key is added, a missing list item is
 * appended, a parent of another type is replaced. Returns UNKNOWN for the
 * cases the caller must parse instead (the whole value, a removal that may
 * uncover a repeated key), and `previous` when nothing changes.
 */
export function setAt(
  previous: unknown,
  path: IssuePath,
  value: unknown,
): unknown {
  const [segment, ...rest] = path;
  if (segment === undefined) return UNKNOWN;
  const printed = value === undefined ? undefined : asJson(value);
  return setBelow(previous, segment, rest, printed, value === undefined);
}

function setBelow(
  parent: unknown,
  segment: string | number,
  rest: IssuePath,
  value: unknown,
  isRemoval: boolean,
): unknown {
  const child = childOf(parent, segment);
  if (child.isPresent) {
    const [next, ...more] = rest;
    const replaced =
      next === undefined
        ? isRemoval
          ? REMOVE
          : value
        : setBelow(child.value, next, more, value, isRemoval);
    if (replaced === UNKNOWN) return UNKNOWN;
    return withChild(parent, segment, replaced);
  }
  if (isRemoval) return parent;

  const item = nest(rest, value);
  if (Array.isArray(parent) && typeof segment === 'number') {
    // The text edit appends after the last item, whatever the index.
    return [...parent, item];
  }
  if (isRecord(parent) && typeof segment === 'string') {
    return { ...parent, [segment]: item };
  }
  return nest([segment, ...rest], value);
}

const REMOVE = Symbol('remove');

function withChild(
  parent: unknown,
  segment: string | number,
  child: unknown,
): unknown {
  if (Array.isArray(parent)) {
    const index = Number(segment);
    return child === REMOVE
      ? parent.filter((_, i) => i !== index)
      : parent.map((item: unknown, i) => (i === index ? child : item));
  }
  if (!isRecord(parent)) return UNKNOWN;
  const key = String(segment);
  // A repeated key would come back from the text once its last copy goes.
  if (child === REMOVE) return UNKNOWN;
  return { ...parent, [key]: child };
}

function childOf(
  parent: unknown,
  segment: string | number,
): { isPresent: boolean; value?: unknown } {
  if (Array.isArray(parent)) {
    return typeof segment === 'number' &&
      Number.isInteger(segment) &&
      segment >= 0 &&
      segment < parent.length
      ? { isPresent: true, value: parent[segment] }
      : { isPresent: false };
  }
  if (!isRecord(parent)) return { isPresent: false };
  const key = String(segment);
  return Object.prototype.hasOwnProperty.call(parent, key)
    ? { isPresent: true, value: parent[key] }
    : { isPresent: false };
}

function nest(rest: IssuePath, value: unknown): unknown {
  return rest.reduceRight<unknown>(
    (inner, segment) =>
      typeof segment === 'number' ? [inner] : { [segment]: inner },
    value,
  );
}

/** The value as the printed JSON gives it back (no undefined, NaN is null). */
function asJson(value: unknown): unknown {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  const printed = JSON.stringify(value);
  return printed === undefined ? null : (JSON.parse(printed) as unknown);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
