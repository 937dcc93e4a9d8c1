import { isRecord } from './is-record';
import type { Notice } from './notice';

/** The chosen element of `jobDefinitions`, and what to tell the user. */
export interface RevisionPick {
  readonly index: number | undefined;
  readonly notices: Notice[];
}

function revisionOf(entry: Record<string, unknown>): number {
  return typeof entry.revision === 'number' ? entry.revision : -Infinity;
}

function describeEntry(entry: Record<string, unknown>): string {
  const name =
    typeof entry.jobDefinitionName === 'string'
      ? ` of "${entry.jobDefinitionName}"`
      : '';
  const revision = revisionOf(entry);
  return Number.isFinite(revision)
    ? `revision ${revision}${name}`
    : `the job definition${name}`;
}

/**
 * Picks one job definition out of DescribeJobDefinitions output: the one with
 * the requested revision, else the newest (highest `revision`). When several
 * names are present, only revisions of the first name are considered.
 */
export function pickRevision(
  list: readonly unknown[],
  wanted?: number,
): RevisionPick {
  const entries = list.flatMap((entry, index) =>
    isRecord(entry) ? [{ entry, index }] : [],
  );
  const [first] = entries;
  if (!first) {
    const message =
      'The output lists no job definitions, so there is nothing to check.';
    return {
      index: undefined,
      notices: [{ kind: 'info', path: ['jobDefinitions'], message }],
    };
  }

  const name = first.entry.jobDefinitionName;
  const sameName = entries.filter((e) => e.entry.jobDefinitionName === name);
  const newest = sameName.reduce((best, e) =>
    revisionOf(e.entry) > revisionOf(best.entry) ? e : best,
  );
  const asked = sameName.find(
    (e) => wanted !== undefined && e.entry.revision === wanted,
  );
  const chosen = asked ?? newest;
  const notices: Notice[] = [];
  const path = ['jobDefinitions', chosen.index];

  if (wanted !== undefined && !asked) {
    const message = `Revision ${wanted} is not in the pasted output; the newest one is checked instead.`;
    notices.push({ kind: 'info', path, message });
  }
  const how = asked
    ? `as asked (${sameName.length} in the output)`
    : sameName.length === 1
      ? 'the only one in the output'
      : `the newest of ${sameName.length} revisions in the output`;
  notices.push({
    kind: 'picked',
    path,
    message: `Checking ${describeEntry(chosen.entry)}, ${how}.`,
  });

  const others = new Set(entries.map((e) => String(e.entry.jobDefinitionName)));
  others.delete(String(name));
  if (others.size > 0) {
    const message = `The output also holds other job definitions (${[...others].join(', ')}); only the first name is checked.`;
    notices.push({ kind: 'info', path: ['jobDefinitions'], message });
  }
  return { index: chosen.index, notices };
}
