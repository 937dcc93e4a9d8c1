import type { DraftIssue } from '@/draft/draft-state';

/** The error and warning texts of a field, for Cloudscape's FormField. */
export function issueText(issues: readonly DraftIssue[]): {
  errorText?: string;
  warningText?: string;
} {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  return {
    errorText: errors.map((issue) => issue.message).join(' ') || undefined,
    warningText:
      errors.length === 0
        ? warnings.map((issue) => issue.message).join(' ') || undefined
        : undefined,
  };
}
