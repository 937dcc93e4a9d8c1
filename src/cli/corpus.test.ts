import { describe, expect, it } from 'vitest';

import { parseCorpusIndex } from './corpus-index';
import { judge } from './corpus-verdict';
import type { FileReport, ReportedIssue } from './file-report';

const INDEX = `# Corpus

Intro text with a | pipe.

## Register bodies (\`real/\`)

| File | Source | AWS verdict | Why |
|---|---|---|---|
| 001-ok.json | docs | valid | Fine. |
| 002-bad.json | issue \\| thread | invalid | Broken. |

## DescribeJobDefinitions output (\`describe/\`)

| File | Source | Notes |
|---|---|---|
| D01-one.json | cli | One revision. |

## Not-JSON pastes (\`paste/\`)

| File | What is wrong |
|---|---|
| P01-ellipsis.txt | ... |
`;

function report(
  issues: Partial<ReportedIssue>[],
  extra: Partial<FileReport> = {},
): FileReport {
  return {
    file: 'f.json',
    shape: 'request',
    parseError: null,
    notices: [],
    issues: issues.map((i) => ({
      severity: 'error',
      path: 'type',
      message: 'm',
      code: 'c',
      line: 1,
      column: 1,
      ...i,
    })),
    ...extra,
  };
}

const syntax = {
  shape: null,
  parseError: { message: 'm', line: 2, column: 3 },
};

describe('parseCorpusIndex', () => {
  it('reads each table row with its folder and verdict', () => {
    expect(parseCorpusIndex(INDEX)).toEqual([
      { folder: 'real', file: '001-ok.json', verdict: 'valid' },
      { folder: 'real', file: '002-bad.json', verdict: 'invalid' },
      { folder: 'describe', file: 'D01-one.json' },
      { folder: 'paste', file: 'P01-ellipsis.txt' },
    ]);
  });
});

describe('judge', () => {
  it.each([
    {
      verdict: 'invalid',
      report: report([{}]),
      agrees: true,
      got: '1 error, 0 warnings: type',
    },
    {
      verdict: 'invalid',
      report: report([{ severity: 'warning' }]),
      agrees: false,
      got: '0 errors, 1 warning',
    },
    {
      verdict: 'invalid',
      report: report([], syntax),
      agrees: true,
      got: 'syntax error 2:3',
    },
    {
      verdict: 'valid',
      report: report([{ severity: 'warning' }]),
      agrees: true,
      got: '0 errors, 1 warning',
    },
    {
      verdict: 'valid',
      report: report([{ path: 'a' }, { path: 'b' }, { path: 'a' }]),
      agrees: false,
      got: '3 errors, 0 warnings: a, b',
    },
    {
      verdict: 'valid (warning)',
      report: report([]),
      agrees: false,
      got: '0 errors, 0 warnings',
    },
    {
      verdict: 'valid (warning)',
      report: report([{ severity: 'warning' }]),
      agrees: true,
      got: '0 errors, 1 warning',
    },
    {
      verdict: 'valid (deprecated)',
      report: report([{ severity: 'warning' }]),
      agrees: false,
      got: '0 errors, 1 warning',
    },
    {
      verdict: 'valid (deprecated)',
      report: report([{ severity: 'warning', code: 'deprecated-vcpus' }]),
      agrees: true,
      got: '0 errors, 1 warning',
    },
    {
      verdict: 'valid (deprecated)',
      report: report([{ severity: 'warning', message: 'vcpus is deprecated' }]),
      agrees: true,
      got: '0 errors, 1 warning',
    },
    {
      verdict: 'maybe',
      report: report([]),
      agrees: false,
      got: '0 errors, 0 warnings',
    },
  ])(
    'judges $got against $verdict: $agrees',
    ({ verdict, report: r, agrees, got }) => {
      expect(judge({ folder: 'real', file: 'f.json', verdict }, r)).toEqual({
        expected: verdict,
        got,
        agrees,
      });
    },
  );

  it.each([
    {
      folder: 'describe',
      report: report([{}], { shape: 'describe' }),
      agrees: true,
    },
    {
      folder: 'describe',
      report: report([], { shape: 'request' }),
      agrees: false,
    },
    { folder: 'describe', report: report([], syntax), agrees: false },
    { folder: 'paste', report: report([], syntax), agrees: true },
    { folder: 'paste', report: report([]), agrees: false },
  ] as const)(
    'judges a $folder row: $agrees',
    ({ folder, report: r, agrees }) => {
      expect(judge({ folder, file: 'f' }, r).agrees).toBe(agrees);
    },
  );
});
