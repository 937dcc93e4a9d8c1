import type { DraftIssue } from '@/draft/draft-state';
import type { IssuePath, Severity } from '@/model/issue';
import { formatPath } from '@/model/path';
import type { JsonSyntaxError } from '@/model/text/parse-json';

/** One line of the problems panel. */
export interface ProblemItem {
  readonly id: string;
  readonly severity: Severity;
  /** The formatted path, or the line and column of a syntax error. */
  readonly location: string;
  readonly message: string;
  /** Where the problem sits; null for a syntax error, which has no path. */
  readonly path: IssuePath | null;
}

/** The syntax error first when there is one, then every issue in order. */
export function problemItems(
  syntaxError: JsonSyntaxError | null,
  issues: readonly DraftIssue[],
): ProblemItem[] {
  const items: ProblemItem[] = issues.map((issue, index) => ({
    id: `issue-${index}`,
    severity: issue.severity,
    location: formatPath(issue.path),
    message: issue.message,
    path: issue.path,
  }));
  if (!syntaxError) return items;

  return [
    {
      id: 'syntax-error',
      severity: 'error',
      location: `Line ${syntaxError.line}, column ${syntaxError.column}`,
      message: syntaxError.message,
      path: null,
    },
    ...items,
  ];
}

/** "2 errors, 1 warning", or "No problems". */
export function countText(items: readonly ProblemItem[]): string {
  const errors = items.filter((item) => item.severity === 'error').length;
  const warnings = items.length - errors;
  if (items.length === 0) return 'No problems';
  const plural = (n: number, word: string) =>
    `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
