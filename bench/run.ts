import { mkdirSync, writeFileSync } from 'node:fs';

import { benchCli } from './cli-bench';
import { benchModel } from './model-bench';

/**
 * `npm run bench`: measures what the product promises and prints a table.
 * Results also go to bench/results.json.
 */
const model = benchModel();
const cli = benchCli();

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
process.stdout.write(
  cli
    ? `command-line validator over the corpus: ${cli.definitionsPerSecond.toFixed(0)} definitions/s (${cli.files} files x ${cli.runs} runs)\n`
    : 'command-line validator: no corpus beside the project (../shared/corpus), not measured\n',
);

mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), model, cli }, null, 2)}\n`,
);
