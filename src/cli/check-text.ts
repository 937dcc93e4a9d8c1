import type { Issue, IssuePath } from '@/model/issue';
import { formatPath } from '@/model/path';
import { normalizePaste } from '@/model/shapes/normalize-paste';
import { issueRange } from '@/model/text/issue-range';
import { parseJson } from '@/model/text/parse-json';
import { rangeAtPath } from '@/model/text/range-at-path';
import { validate } from '@/model/validate';

import type { FileReport, ReportedIssue, ReportedNotice } from './file-report';

function startsWith(path: IssuePath, prefix: IssuePath): boolean {
  return prefix.length <= path.length && prefix.every((s, i) => s === path[i]);
}

function byPosition(a: ReportedIssue, b: ReportedIssue): number {
  return a.line - b.line || a.column - b.column;
}

/**
 * The whole check of one file, as the CLI and the corpus check run it: parse,
 * normalise what was pasted, validate the request, and place every issue at a
 * line and column of the original text. `check` is the validator (replaceable
 * in tests).
 */
export function checkText(
  file: string,
  text: string,
  check: (request: unknown) => Issue[] = validate,
): FileReport {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { message, line, column } = parsed.error;
    const parseError = { message, line, column };
    return { file, shape: null, parseError, issues: [], notices: [] };
  }

  const document = parsed.document;
  const paste = normalizePaste(document.value);
  const unresolved = paste.unresolvedPaths ?? [];
  const isResolved = (issue: Issue) =>
    !unresolved.some((prefix) => startsWith(issue.path, prefix));
  const all = check(paste.request);
  const checked = all.filter(isResolved);

  const issues = checked
    .map((issue): ReportedIssue => {
      const path = paste.sourcePath(issue.path);
      const { line, column } = issueRange(document, { path, code: issue.code });
      const { severity, message, code } = issue;
      return {
        severity,
        path: formatPath(issue.path),
        message,
        line,
        column,
        code,
      };
    })
    .sort(byPosition);

  const notices = paste.notices.map((notice): ReportedNotice => {
    const { line, column } = rangeAtPath(document, notice.path);
    const { kind, message } = notice;
    return { kind, path: formatPath(notice.path), message, line, column };
  });
  const skipped = all.length - checked.length;
  if (skipped > 0) {
    const message = `${skipped} ${skipped === 1 ? 'issue' : 'issues'} on values that CloudFormation resolves ${skipped === 1 ? 'was' : 'were'} left out.`;
    notices.push({ kind: 'info', path: '(root)', message, line: 1, column: 1 });
  }

  return { file, shape: paste.shape, parseError: null, issues, notices };
}
