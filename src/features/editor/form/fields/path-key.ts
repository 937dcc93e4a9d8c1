import type { IssuePath } from '@/model/issue';

/** A stable string for a path, to compare paths and key memos. */
export function pathKey(path: IssuePath): string {
  return JSON.stringify(path);
}

/** Whether `path` is `prefix` or lies below it. */
export function isUnder(path: IssuePath, prefix: IssuePath): boolean {
  return (
    prefix.every((segment, index) => path[index] === segment) &&
    path.length >= prefix.length
  );
}
