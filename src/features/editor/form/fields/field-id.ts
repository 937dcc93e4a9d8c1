import type { IssuePath } from '@/model/issue';
import { formatPath } from '@/model/path';

/** The DOM id of the input bound to a path, so problems can focus it. */
export function fieldId(path: IssuePath): string {
  return `field:${formatPath(path)}`;
}
