import { valueAt } from '@/draft/value-at';
import { fieldInfo } from '@/model/field-info';
import type { IssuePath } from '@/model/issue';

// Objects that say what kind of job this is: emptying them must not remove
// them, or clearing one field would change the job's orchestration.
const BLOCKS: ReadonlySet<string> = new Set([
  'containerProperties',
  'container',
  'ecsProperties',
  'eksProperties',
  'nodeProperties',
  'podProperties',
]);

/**
 * The path to remove when the field at `path` is cleared: the field itself,
 * or the outermost optional settings object (timeout, linuxParameters...)
 * that would be left empty, so no `{}` stays behind. Objects holding other
 * keys, even ones the model does not know, list items and job blocks are kept.
 */
export function emptiedAncestor(value: unknown, path: IssuePath): IssuePath {
  let target = path;
  while (target.length > 1) {
    const parentPath = target.slice(0, -1);
    const parentKey = parentPath[parentPath.length - 1];
    if (typeof parentKey !== 'string' || BLOCKS.has(parentKey)) break;
    if (fieldInfo(parentPath)?.isRequired !== false) break;
    const parent = valueAt(value, parentPath);
    const child = target[target.length - 1];
    if (typeof parent !== 'object' || parent === null) break;
    if (Object.keys(parent).some((key) => key !== String(child))) break;
    target = parentPath;
  }
  return target;
}
