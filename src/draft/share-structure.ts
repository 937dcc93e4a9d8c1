/**
 * Returns `next`, but reusing every part of `previous` that is deeply equal to
 * it, so that unchanged parts keep their identity across re-parses and views
 * can skip work with a cheap `Object.is`. Keys such as `__proto__` stay own
 * data properties.
 */
export function shareStructure(previous: unknown, next: unknown): unknown {
  if (Object.is(previous, next)) return previous;
  if (Array.isArray(previous) && Array.isArray(next)) {
    const items = next.map((item, index) =>
      shareStructure(previous[index], item),
    );
    const same =
      items.length === previous.length &&
      items.every((item, index) => Object.is(item, previous[index]));
    return same ? previous : items;
  }
  if (isPlainObject(previous) && isPlainObject(next)) {
    const nextKeys = Object.keys(next);
    const entries = nextKeys.map(
      (key) => [key, shareStructure(own(previous, key), next[key])] as const,
    );
    const same =
      nextKeys.length === Object.keys(previous).length &&
      entries.every(([key, value]) => Object.is(value, own(previous, key)));
    return same ? previous : Object.fromEntries(entries);
  }
  return next;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key)
    ? record[key]
    : undefined;
}
