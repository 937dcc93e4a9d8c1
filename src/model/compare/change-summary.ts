import diff, { type Difference } from 'microdiff';

import { isRecord } from '../shapes/is-record';
import {
  containerPhrase,
  genericPhrase,
  jobPhrase,
  type LeafChange,
} from './change-phrases';
import { changeScope } from './change-scope';
import { normalizeForCompare } from './normalize-for-compare';
import { toSummaryShape } from './summary-shape';

/**
 * The real changes from one job definition to another, in words:
 * "memory 2048 → 4096 MiB", "image changed: a → b", "environment variable
 * FOO added". Both sides are normalised first, so what AWS adds when it
 * stores a definition is not a change. Empty when they mean the same.
 */
export function changeSummary(before: unknown, after: unknown): string[] {
  const old = toSummaryShape(normalizeForCompare(before));
  const next = toSummaryShape(normalizeForCompare(after));
  if (!isRecord(old) || !isRecord(next)) return [];

  const phrases = new Set<string>();
  const platform = platformPhrase(old, next);
  if (platform) phrases.add(platform);
  for (const change of diff(old, next).flatMap(leaves)) {
    if (change.path[0] === 'platformCapabilities') continue;
    phrases.add(phrase(change, change.kind === 'removed' ? old : next));
  }
  return [...phrases];
}

function phrase(change: LeafChange, side: unknown): string {
  const scope = changeScope(change.path, side);
  const inContainer = scope.inner && containerPhrase(change, scope.inner);
  if (inContainer)
    return scope.label ? `${inContainer} (${scope.label})` : inContainer;
  return jobPhrase(change) ?? genericPhrase(change);
}

/** AWS runs a definition without platformCapabilities on EC2. */
function platformPhrase(
  old: Record<string, unknown>,
  next: Record<string, unknown>,
): string | undefined {
  const before = platformOf(old);
  const after = platformOf(next);
  return before === after ? undefined : `platform ${before} → ${after}`;
}

function platformOf(definition: Record<string, unknown>): string {
  const platforms = definition.platformCapabilities;
  return Array.isArray(platforms) && platforms.length > 0
    ? platforms.map(String).join(', ')
    : 'EC2';
}

/**
 * One change per leaf: a whole object added or removed (a new tag map, a
 * retry strategy) counts as each of its fields added or removed.
 */
function leaves(difference: Difference): LeafChange[] {
  if (difference.type === 'CHANGE')
    return [
      {
        kind: 'changed',
        path: difference.path,
        before: difference.oldValue,
        after: difference.value,
      },
    ];
  const added = difference.type === 'CREATE';
  const value: unknown = added ? difference.value : difference.oldValue;
  return expand(difference.path, value).map(([path, leaf]) => ({
    kind: added ? 'added' : 'removed',
    path,
    before: added ? undefined : leaf,
    after: added ? leaf : undefined,
  }));
}

function expand(
  path: readonly (string | number)[],
  value: unknown,
): [readonly (string | number)[], unknown][] {
  if (!isRecord(value)) return [[path, value]];
  return Object.entries(value).flatMap(([key, field]) =>
    expand([...path, key], field),
  );
}
