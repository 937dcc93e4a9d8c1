import { pathKey } from '../fields/path-key';

/**
 * Props equality for memo() on parts of the form that take paths: lists
 * build a new path array on every render, so paths compare by their segments.
 */
export function samePaths<P extends object>(previous: P, next: P): boolean {
  const keys = Object.keys(next) as (keyof P)[]; // the keys of P's own props
  return (
    keys.length === Object.keys(previous).length &&
    keys.every((key) => {
      const a: unknown = previous[key];
      const b: unknown = next[key];
      return Array.isArray(a) && Array.isArray(b)
        ? pathKey(a) === pathKey(b)
        : Object.is(a, b);
    })
  );
}
