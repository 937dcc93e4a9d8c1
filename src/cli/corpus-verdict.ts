import type { CorpusEntry } from './corpus-index';
import type { FileReport } from './file-report';

/** What the pipeline found, and whether it is what the corpus expects. */
export interface Judgement {
  readonly expected: string;
  readonly got: string;
  readonly agrees: boolean;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function summary(report: FileReport): string {
  if (report.parseError) {
    const { line, column } = report.parseError;
    return `syntax error ${line}:${column}`;
  }
  const errors = report.issues.filter((i) => i.severity === 'error');
  const warnings = report.issues.length - errors.length;
  const paths = [...new Set(errors.map((i) => i.path))].slice(0, 3);
  const counts = `${plural(errors.length, 'error')}, ${plural(warnings, 'warning')}`;
  return paths.length > 0 ? `${counts}: ${paths.join(', ')}` : counts;
}

function agreesWith(expected: string, report: FileReport): boolean {
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  const warnings = report.issues.filter((i) => i.severity === 'warning');
  const hasError = report.parseError !== null || errors > 0;
  switch (expected) {
    case 'invalid':
      return hasError;
    case 'valid':
      return !hasError;
    case 'valid (warning)':
      return !hasError && warnings.length > 0;
    case 'valid (deprecated)':
      return (
        !hasError &&
        warnings.some((i) => /deprecat/i.test(`${i.code} ${i.message}`))
      );
    case 'parses as describe':
      return report.parseError === null && report.shape === 'describe';
    case 'syntax error':
      return report.parseError !== null;
    default:
      return false;
  }
}

/**
 * Compares a file's report with its corpus row: `real/` rows by their AWS
 * verdict, `describe/` rows must parse as describe output, `paste/` rows must
 * fail to parse.
 */
export function judge(entry: CorpusEntry, report: FileReport): Judgement {
  const expected =
    entry.folder === 'describe'
      ? 'parses as describe'
      : entry.folder === 'paste'
        ? 'syntax error'
        : (entry.verdict ?? '(no verdict)');
  const shape =
    entry.folder === 'describe' && report.shape ? ` [${report.shape}]` : '';
  return {
    expected,
    got: `${summary(report)}${shape}`,
    agrees: agreesWith(expected, report),
  };
}
