import type { Issue } from '../issue';
import type { JsonDocument } from './parse-json';
import { rangeAtPath } from './range-at-path';
import type { PathRange } from './range-at-path';

const KEY_CODES =
  /unrecogni[sz]ed|unknown[_-]?(key|property|field)|read[_-]?only/i;

/**
 * The text range an issue belongs to: its value, or for an unknown-key issue
 * the key itself, since the key is the thing to fix.
 */
export function issueRange(
  document: JsonDocument,
  issue: Pick<Issue, 'path' | 'code'>,
): PathRange {
  const target = KEY_CODES.test(issue.code) ? 'key' : 'value';
  return rangeAtPath(document, issue.path, target);
}
