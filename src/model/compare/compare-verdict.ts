import { isRecord } from '../shapes/is-record';
import { READ_ONLY_FIELDS } from './aws-defaults';
import { isSameDefinition } from './normalize-for-compare';
import { sameJson } from './same-json';

/**
 * How two job definitions differ: not at all (read-only fields such as the
 * revision number aside), only in what AWS adds when it stores one, or in
 * what they ask AWS to run.
 */
export type CompareVerdict = 'same' | 'defaults-only' | 'changed';

export function compareVerdict(
  before: unknown,
  after: unknown,
): CompareVerdict {
  if (sameJson(withoutReadOnly(before), withoutReadOnly(after))) return 'same';
  return isSameDefinition(before, after) ? 'defaults-only' : 'changed';
}

function withoutReadOnly(value: unknown): unknown {
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).filter(([key]) => !READ_ONLY_FIELDS.includes(key)),
  );
}
