import type { IssuePath } from '../issue';
import { isRecord } from './is-record';
import type { Notice } from './notice';
import { setOwn } from './set-own';

const READ_ONLY: Record<string, string> = {
  jobDefinitionArn: 'AWS assigns the ARN when the job definition is registered',
  revision: 'AWS numbers each registration itself',
  status: 'AWS sets it; deregistering a revision makes it INACTIVE',
  containerOrchestrationType: 'AWS derives it from the properties that are set',
};

function shown(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number'
    ? ` (${value})`
    : '';
}

/**
 * Removes the read-only members of a described job definition, and an empty
 * `tags` object, which describe output may carry but a request may not.
 * Returns a copy; every removed key is reported, at its path in the paste.
 */
export function stripReadOnly(
  entry: Record<string, unknown>,
  at: IssuePath,
): { request: Record<string, unknown>; notices: Notice[] } {
  const request: Record<string, unknown> = {};
  const notices: Notice[] = [];

  for (const [key, value] of Object.entries(entry)) {
    const path = [...at, key];
    const why = Object.hasOwn(READ_ONLY, key) ? READ_ONLY[key] : undefined;
    if (why) {
      const message = `Removed ${key}${shown(value)}, a read-only field of describe output: ${why}.`;
      notices.push({ kind: 'stripped', path, message });
    } else if (
      key === 'tags' &&
      isRecord(value) &&
      Object.keys(value).length === 0
    ) {
      const message =
        'Removed the empty tags object: a request must leave tags out or give at least one tag.';
      notices.push({ kind: 'stripped', path, message });
    } else {
      setOwn(request, key, value);
    }
  }
  return { request, notices };
}
