import type { FileReport } from './file-report';

/** Counts over all reports: a syntax error counts as an error. */
export function countProblems(reports: readonly FileReport[]) {
  const errorsIn = (r: FileReport) =>
    (r.parseError ? 1 : 0) +
    r.issues.filter((i) => i.severity === 'error').length;
  return {
    errors: reports.reduce((sum, r) => sum + errorsIn(r), 0),
    warnings: reports.reduce(
      (sum, r) => sum + r.issues.filter((i) => i.severity === 'warning').length,
      0,
    ),
    filesWithErrors: reports.filter((r) => errorsIn(r) > 0).length,
  };
}
