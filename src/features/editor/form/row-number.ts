import type { IssuePath } from '@/model/issue';

/** The 1-based row of a cell of a list of objects (…, index, key). */
export function rowNumber(path: IssuePath): number {
  const index = path[path.length - 2];
  return typeof index === 'number' ? index + 1 : 0;
}
