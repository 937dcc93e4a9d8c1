import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, 'ci-summary.mjs');

function summarise(reports: Record<string, unknown>, exitCode = 0): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-summary-'));
  for (const [file, report] of Object.entries(reports)) {
    writeFileSync(join(dir, file), JSON.stringify(report));
  }

  const output = execFileSync(
    'node',
    [script, '--dir', dir, '--exit-code', String(exitCode)],
    { encoding: 'utf8' },
  );
  return output.trimEnd().split('\n').at(-1) ?? '';
}

const vitest = {
  numPassedTests: 10,
  numFailedTests: 1,
  numPendingTests: 2,
  numTodoTests: 1,
  testResults: [
    { status: 'failed', assertionResults: [{ status: 'failed' }] },
    { status: 'failed', assertionResults: [] },
  ],
};

const playwright = {
  stats: { expected: 3, unexpected: 1, flaky: 1, skipped: 1 },
  errors: [],
};

describe('ci-summary', () => {
  it('sums the Vitest and Playwright reports', () => {
    expect(
      summarise({ 'vitest.json': vitest, 'playwright.json': playwright }),
    ).toBe('14 passed, 3 failed, 4 skipped');
  });

  it('counts a Vitest file that failed to load as one failure', () => {
    expect(summarise({ 'vitest.json': vitest })).toBe(
      '10 passed, 2 failed, 3 skipped',
    );
  });

  it('counts a Playwright run that could not start as one failure', () => {
    const report = {
      stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 },
      errors: [
        { message: 'Process from config.webServer was not able to start' },
      ],
    };

    expect(summarise({ 'playwright.json': report })).toBe('0 passed, 1 failed');
  });

  it('reports one failure when the command failed before any test ran', () => {
    expect(summarise({}, 1)).toBe('0 passed, 1 failed');
  });

  it('reports one failure when the command failed after passing tests', () => {
    expect(summarise({ 'vitest.json': { numPassedTests: 4 } }, 1)).toBe(
      '4 passed, 1 failed',
    );
  });

  it('keeps the counts when a runner already reported the failure', () => {
    expect(summarise({ 'playwright.json': playwright }, 1)).toBe(
      '4 passed, 1 failed, 1 skipped',
    );
  });

  it('reports nothing run as zero when the command succeeded', () => {
    expect(summarise({})).toBe('0 passed, 0 failed');
  });
});
