import { countProblems } from './count-problems';
import type { FileReport } from './file-report';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function fileLines(report: FileReport): string[] {
  const { file } = report;
  const lines = report.notices.map((notice) => {
    const where =
      notice.path === '(root)'
        ? ''
        : ` (at ${notice.path}, line ${notice.line})`;
    return `${file}: note: ${notice.message}${where}`;
  });
  if (report.parseError) {
    const { line, column, message } = report.parseError;
    lines.push(`${file}:${line}:${column} error (syntax) ${message}`);
  }
  for (const issue of report.issues) {
    const { line, column, severity, path, message } = issue;
    lines.push(`${file}:${line}:${column} ${severity} ${path} ${message}`);
  }
  return lines;
}

/**
 * The text output: notes and problems of each file, one per line
 * (`FILE:LINE:COL severity path message`), then a one-line summary.
 */
export function formatText(
  reports: readonly FileReport[],
  unreadable: number,
): string {
  const { errors, warnings, filesWithErrors } = countProblems(reports);
  let summary = `${plural(reports.length, 'file')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  const notes = [
    filesWithErrors > 0 ? `${plural(filesWithErrors, 'file')} with errors` : '',
    unreadable > 0 ? `${plural(unreadable, 'file')} not read` : '',
  ].filter(Boolean);
  if (notes.length > 0) {
    summary += ` (${notes.join(', ')})`;
  }
  return [...reports.flatMap(fileLines), summary, ''].join('\n');
}
