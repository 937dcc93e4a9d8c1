import { isRecord } from '../shapes/is-record';
import type { PathPattern } from './aws-defaults';

/**
 * Calls `visit` with the object holding the last key of `pattern`, for every
 * place in `node` the pattern reaches (`*` walks every item of a list).
 * The callback may change or delete that key.
 */
export function visitPath(
  node: unknown,
  pattern: PathPattern,
  visit: (holder: Record<string, unknown>, key: string) => void,
): void {
  const [head, ...rest] = pattern;
  if (head === undefined) return;
  if (head === '*') {
    if (Array.isArray(node))
      for (const item of node) visitPath(item, rest, visit);
    return;
  }
  if (!isRecord(node) || !Object.hasOwn(node, head)) return;
  if (rest.length > 0) visitPath(node[head], rest, visit);
  else visit(node, head);
}
