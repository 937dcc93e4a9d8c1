import type { IssuePath } from '@/model/issue';

import { isUnder } from './fields/path-key';

/** Which paths of the draft a section shows, for its counts and reveals. */
export interface Coverage {
  /** The section holds what lies under any of these paths... */
  readonly within: readonly IssuePath[];
  /** ...except what lies under these (shown by another section). */
  readonly exclude?: readonly IssuePath[];
}

export function covers(coverage: Coverage, path: IssuePath): boolean {
  return (
    coverage.within.some((inner) => isUnder(path, inner)) &&
    !(coverage.exclude ?? []).some((outer) => isUnder(path, outer))
  );
}

/** The paths `keys` of the object at `path`. */
export function keyPaths(
  path: IssuePath,
  keys: readonly string[],
): IssuePath[] {
  return keys.map((key) => [...path, key]);
}
