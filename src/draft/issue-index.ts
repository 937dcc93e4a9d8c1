import type { IssuePath } from '@/model/issue';

import type { DraftIssue } from './draft-state';

/** A path as a string, to index issues by the exact path they are about. */
export const issuePathKey = (path: IssuePath): string => JSON.stringify(path);

type IssueIndex = ReadonlyMap<string, readonly DraftIssue[]>;

const indexes = new WeakMap<readonly DraftIssue[], IssueIndex>();

const EMPTY: readonly DraftIssue[] = [];

/** The issues at exactly `key`; built once per issue list. */
export function issuesAtKey(
  issues: readonly DraftIssue[],
  key: string,
): readonly DraftIssue[] {
  return indexOf(issues).get(key) ?? EMPTY;
}

/** Whether two lists say the same to a field: same messages and severities. */
export function sameIssues(
  a: readonly DraftIssue[],
  b: readonly DraftIssue[],
): boolean {
  return (
    a.length === b.length &&
    a.every(
      (issue, i) =>
        issue.message === b[i]?.message && issue.severity === b[i]?.severity,
    )
  );
}

/** The paths (as keys) whose issues read differently in `next`. */
export function changedIssueKeys(
  previous: readonly DraftIssue[],
  next: readonly DraftIssue[],
): string[] {
  if (previous === next) return [];
  const before = indexOf(previous);
  const after = indexOf(next);
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter(
    (key) => !sameIssues(before.get(key) ?? EMPTY, after.get(key) ?? EMPTY),
  );
}

function indexOf(issues: readonly DraftIssue[]): IssueIndex {
  let index = indexes.get(issues);
  if (!index) {
    const built = new Map<string, DraftIssue[]>();
    for (const issue of issues) {
      const key = issuePathKey(issue.path);
      const list = built.get(key);
      if (list) list.push(issue);
      else built.set(key, [issue]);
    }
    index = built;
    indexes.set(issues, index);
  }
  return index;
}
