import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

import {
  runBrowserBenches,
  type BrowserResults,
} from './browser/browser-benches';
import type { TypingBench } from './browser/typing-bench';
import { benchCli } from './cli-bench';
import { benchModel } from './model-bench';
import { parseOptions, type Part } from './options';
import {
  formatTable,
  formatTargets,
  kB,
  MB,
  plainRow,
  summaryRow,
  type Row,
} from './report';
import { checkTargets } from './targets';

/**
 * `npm run bench`: measures what issue 6 promises on the production build in
 * headless Chromium, prints a table and the targets, and writes
 * bench/results.json. `--only PART[,PART]` and `--quick`: see options.ts.
 */
function optionsOrExit() {
  try {
    return parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : error}\n`);
    process.exit(2);
  }
}

const { parts, quick } = optionsOrExit();
const cores = availableParallelism();
const loadBefore = loadavg()[0] ?? 0;

const model = parts.has('validation')
  ? benchModel(quick ? 100 : 500)
  : undefined;
const cli = parts.has('validation') ? benchCli(quick ? 3 : 20) : undefined;

const BROWSER_PARTS: readonly Part[] = [
  'load',
  'form',
  'json',
  'memory',
  'revisions',
];
const browser: BrowserResults = BROWSER_PARTS.some((part) => parts.has(part))
  ? await runBrowserBenches(parts, {
      loads: quick ? 3 : 10,
      heaps: quick ? 1 : 3,
      revisionLoads: quick ? 3 : 10,
      typing: { keystrokes: quick ? 50 : 200, warmup: quick ? 5 : 10 },
    })
  : {};
const loadAfter = loadavg()[0] ?? 0;

const typingRows = (benches: readonly TypingBench[] = []): Row[] =>
  benches.flatMap((bench) => [
    summaryRow(bench.name, bench.toPaint),
    summaryRow('  of which until the main thread is free', bench.work),
  ]);

const rows: Row[] = [
  ...(model ?? []).map((row) =>
    summaryRow(`${row.name}, ${row.issues} issues`, row.timing),
  ),
  ...(cli
    ? [
        plainRow(
          'command-line validator over the corpus',
          `${cli.definitionsPerSecond.toFixed(0)} definitions/s`,
          `${cli.files} files x ${cli.runs}`,
        ),
      ]
    : []),
  ...(browser.load
    ? [
        plainRow(
          'initial load: JS + CSS before Monaco (gzip)',
          kB(browser.load.gzipBytes),
          `${browser.load.files.length} files, ${kB(browser.load.bytes)} raw`,
        ),
        summaryRow('cold load: name field enabled', browser.load.ready),
        summaryRow('cold load: a typed key landed', browser.load.usable),
      ]
    : []),
  ...(browser.floor ? typingRows([browser.floor]) : []),
  ...typingRows(browser.formToJson),
  ...typingRows(browser.reference),
  ...typingRows(browser.jsonToForm),
  ...(browser.memory ?? []).map((bench) =>
    summaryRow(bench.name, bench.heap, MB),
  ),
  ...(browser.revisions
    ? [
        summaryRow(
          `revisions page, ${browser.revisions.revisions} revisions: first page shown (${browser.revisions.describeCalls} describe calls)`,
          browser.revisions.firstPage,
        ),
        summaryRow(
          '  page 2 of the revisions shown after a click',
          browser.revisions.pageSwitch,
        ),
      ]
    : []),
];

const out = process.stdout;
out.write(`${formatTable(rows)}\n`);
if (parts.has('validation') && !cli) {
  out.write(
    'command-line validator: no corpus beside the project (../shared/corpus), not measured\n',
  );
}

const checks = checkTargets(model, browser);
out.write(`\nTargets (issue 6):\n${formatTargets(checks)}\n`);

// The figures mean little on a busy machine: say how busy it was.
const isLoaded = Math.max(loadBefore, loadAfter) > cores * 0.75;
const conditions = `load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, on ${cores} cores${isLoaded ? ': measured under load, figures are noisy' : ''}`;
out.write(`\n${conditions}${quick ? ' (--quick: fewer runs)' : ''}\n`);

mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      conditions: { cores, loadBefore, loadAfter, isLoaded, quick },
      parts: [...parts],
      model,
      cli,
      browser,
      targets: checks,
    },
    null,
    2,
  )}\n`,
);
