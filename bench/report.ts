import type { Summary } from './stats';

/** One line of the printed table. */
export interface Row {
  readonly name: string;
  readonly median: string;
  readonly p95: string;
  readonly spread: string;
  readonly runs: string;
}

/** A promise of the issue, checked against what was measured. */
export interface TargetCheck {
  readonly target: string;
  readonly measured: string;
  /** Undefined when not measured in this run. */
  readonly pass: boolean | undefined;
}

export const ms = (value: number) =>
  `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** A row of a timing, in milliseconds (or another unit). */
export function summaryRow(
  name: string,
  summary: Summary,
  unit: (value: number) => string = ms,
): Row {
  return {
    name,
    median: unit(summary.median),
    p95: unit(summary.p95),
    spread: `${unit(summary.min)} .. ${unit(summary.max)} (IQR ${unit(summary.iqr)})`,
    runs: String(summary.runs),
  };
}

export function plainRow(name: string, value: string, runs = ''): Row {
  return { name, median: value, p95: '', spread: '', runs };
}

/** Columns padded to their widest cell. */
export function formatTable(rows: readonly Row[]): string {
  const header: Row = {
    name: 'benchmark',
    median: 'median',
    p95: 'p95',
    spread: 'min .. max (IQR)',
    runs: 'runs',
  };
  const keys = ['name', 'median', 'p95', 'spread', 'runs'] as const;
  const all = [header, ...rows];
  const widths = keys.map((key) =>
    Math.max(...all.map((row) => row[key].length)),
  );
  return all
    .map((row) =>
      keys
        .map((key, column) => row[key].padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function formatTargets(checks: readonly TargetCheck[]): string {
  const verdict = (pass: boolean | undefined) =>
    pass === undefined ? 'not run' : pass ? 'pass' : 'MISS';
  const width = Math.max(...checks.map((check) => check.target.length));
  return checks
    .map(
      (check) =>
        `${verdict(check.pass).padEnd(8)}${check.target.padEnd(width)}  ${check.measured}`,
    )
    .join('\n');
}
