import type { DraftIssue } from '@/draft/draft-state';

/** "2 errors, 1 warning", or undefined when there is nothing to count. */
export function issueCounts(issues: readonly DraftIssue[]): string | undefined {
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  const parts = [
    errors > 0 ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '',
    warnings > 0
      ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`
      : '',
  ].filter((part) => part !== '');
  return parts.length > 0 ? parts.join(', ') : undefined;
}
