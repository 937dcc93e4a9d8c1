import type { IssuePath } from '../issue';
import { isRecord } from './is-record';
import type { NormalizedPaste } from './normalized-paste';
import type { Notice } from './notice';
import { pickRevision } from './pick-revision';
import { stripReadOnly } from './strip-read-only';

function nextTokenNotice(output: Record<string, unknown>): Notice[] {
  if (typeof output.nextToken !== 'string' || output.nextToken === '') {
    return [];
  }
  const message =
    'The output has a nextToken: more revisions exist than were pasted, so the newest may be missing.';
  return [{ kind: 'info', path: ['nextToken'], message }];
}

/**
 * Turns DescribeJobDefinitions output (the whole response, an SDK response
 * with `$metadata`, or one job definition) into a request body: picks one
 * revision and strips the read-only members.
 */
export function normalizeDescribe(
  value: Record<string, unknown>,
  revision?: number,
): NormalizedPaste {
  const notices: Notice[] = [];
  let prefix: IssuePath = [];
  let entry: unknown = value;

  if (Array.isArray(value.jobDefinitions)) {
    const pick = pickRevision(value.jobDefinitions, revision);
    notices.push(...pick.notices, ...nextTokenNotice(value));
    prefix = [
      'jobDefinitions',
      ...(pick.index === undefined ? [] : [pick.index]),
    ];
    entry =
      pick.index === undefined ? undefined : value.jobDefinitions[pick.index];
  }

  const sourcePath = (path: IssuePath) => [...prefix, ...path];
  if (!isRecord(entry)) {
    return { shape: 'describe', request: entry, notices, sourcePath };
  }

  if (entry.status === 'INACTIVE') {
    const message =
      'This revision is INACTIVE (deregistered); registering it again creates a new, active revision.';
    notices.push({ kind: 'info', path: [...prefix, 'status'], message });
  }
  const stripped = stripReadOnly(entry, prefix);
  notices.push(...stripped.notices);
  return { shape: 'describe', request: stripped.request, notices, sourcePath };
}
