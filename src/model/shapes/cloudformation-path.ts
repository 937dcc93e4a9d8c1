import type { IssuePath } from '../issue';
import { apiKey, MAP_FIELDS } from './api-key';
import { intrinsicFunction } from './intrinsic-function';
import { isRecord } from './is-record';

/**
 * Maps a path in the converted request back to the path in the CloudFormation
 * properties it came from, restoring each PascalCase key. Segments that do
 * not exist in the source are kept as they are.
 */
export function cloudFormationPath(
  source: unknown,
  path: IssuePath,
): IssuePath {
  const out: (string | number)[] = [];
  let node = source;
  let isMapLevel = false;

  for (const segment of path) {
    let key: string | number = segment;
    if (typeof segment === 'string' && isRecord(node)) {
      const converts: boolean =
        !isMapLevel && intrinsicFunction(node) === undefined;
      const keys = Object.keys(node).filter((k) =>
        converts ? apiKey(k) === segment : k === segment,
      );
      key = keys[keys.length - 1] ?? segment;
      isMapLevel = converts && MAP_FIELDS.has(segment);
    } else {
      isMapLevel = false;
    }
    out.push(key);
    node =
      isRecord(node) || Array.isArray(node)
        ? Reflect.get(node, key)
        : undefined;
  }
  return out;
}
