import { mkdirSync, writeFileSync } from 'node:fs';

import { benchModel } from './model-bench';

/**
 * `npm run bench`: measures what the product promises and prints a table.
 * Results also go to bench/results.json.
 */
const model = benchModel();

const rows = model.map((row) => [
  row.name,
  `${row.timing.median.toFixed(3)} ms`,
  `${row.timing.p95.toFixed(3)} ms`,
  `${row.timing.iqr.toFixed(3)} ms`,
  String(row.timing.runs),
  `${(row.bytes / 1024).toFixed(1)} KiB, ${row.issues} issues`,
]);
const header = ['benchmark', 'median', 'p95', 'IQR', 'runs', 'input'];
const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
);
const line = (cells: readonly string[]) =>
  cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
process.stdout.write(`${[line(header), ...rows.map(line)].join('\n')}\n`);

mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), model }, null, 2)}\n`,
);
