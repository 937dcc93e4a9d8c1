import type { DescribedJobDefinition } from '@/aws/operations/describe-input';
import { isRecord } from '@/model/shapes/is-record';
import { normalizePaste } from '@/model/shapes/normalize-paste';

/** A described revision as a request body: read-only fields stripped. */
export function requestOf(
  described: DescribedJobDefinition,
): Record<string, unknown> {
  const { request } = normalizePaste(described);
  return isRecord(request) ? request : {};
}
