// Prints one line, `N passed, N failed, N skipped`, summed over the JSON
// reports of every test runner that ran (Vitest, Playwright).
//
// Usage: node scripts/ci-summary.mjs [--exit-code N] [--dir test-results]
//
// A runner whose report is missing never ran and counts nothing. When the
// test command failed (exit code other than 0) but no report holds a failure,
// the failure came from outside the tests (typecheck, lint, build, a crash):
// it counts as one failed test so the summary never reads as green.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    'exit-code': { type: 'string', default: '0' },
    dir: { type: 'string', default: 'test-results' },
  },
});

function readReport(file) {
  const path = join(values.dir, file);
  if (!existsSync(path)) return undefined;

  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    process.stderr.write(`ci-summary: ${path} is not valid JSON\n`);
    return { unreadable: true };
  }
}

/** Vitest's JSON report follows Jest's shape; type tests are included. */
function countVitest(report) {
  if (report.unreadable) return { passed: 0, failed: 1, skipped: 0 };

  // A file that fails to load fails without any failed test in it.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' &&
      !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;

  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** Playwright's JSON report; a test that passed on retry counts as passed. */
function countPlaywright(report) {
  if (report.unreadable) return { passed: 0, failed: 1, skipped: 0 };

  const stats = report.stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    // Top-level errors (a web server that did not start, a broken config)
    // stop tests from running at all.
    failed: (stats.unexpected ?? 0) + (report.errors ?? []).length,
    skipped: stats.skipped ?? 0,
  };
}

const runners = [
  ['vitest.json', countVitest],
  ['playwright.json', countPlaywright],
];

const total = { passed: 0, failed: 0, skipped: 0 };
for (const [file, count] of runners) {
  const report = readReport(file);
  if (report === undefined) continue;

  const counts = count(report);
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}

const exitCode = Number(values['exit-code']);
if (exitCode !== 0 && total.failed === 0) {
  process.stdout.write(
    `The test command failed (exit code ${exitCode}) outside the test runners; counted as 1 failed.\n`,
  );
  total.failed = 1;
}

const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : '';
process.stdout.write(
  `${total.passed} passed, ${total.failed} failed${skipped}\n`,
);
