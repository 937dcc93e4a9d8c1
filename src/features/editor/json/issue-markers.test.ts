import { describe, expect, it } from 'vitest';

import type { DraftIssue } from '@/draft/draft-state';
import { createLineIndex } from '@/model/text/line-index';

import type { MarkerSeverities } from './draft-marker';
import { issueMarkers } from './issue-markers';
import type { PositionAt } from './offset-range';
import { syntaxErrorMarker } from './syntax-error-marker';

const SEVERITIES = { error: 8, warning: 4 } as MarkerSeverities;

const text = '{\n  "type": "container",\n  "containerProperty": {}\n}';

function positionsOf(source: string): PositionAt {
  const lineIndex = createLineIndex(source);
  return (offset) => {
    const { line, column } = lineIndex(offset);
    return { lineNumber: line, column };
  };
}

function issueAt(
  needle: string,
  severity: DraftIssue['severity'],
  message: string,
): DraftIssue {
  const offset = text.indexOf(needle);
  return {
    path: ['containerProperty'],
    severity,
    message,
    code: 'unknown-field',
    range: { offset, length: needle.length, line: 0, column: 0 },
  };
}

describe('issueMarkers', () => {
  it('puts one marker per issue on its exact range, with its message and severity', () => {
    const issues = [
      issueAt('"containerProperty"', 'error', 'Unknown field'),
      issueAt('"container"', 'warning', 'Check the type'),
    ];

    expect(issueMarkers(issues, positionsOf(text), SEVERITIES)).toEqual([
      {
        startLineNumber: 3,
        startColumn: 3,
        endLineNumber: 3,
        endColumn: 22,
        severity: 8,
        message: 'Unknown field',
        code: 'unknown-field',
        source: 'jobdef',
      },
      expect.objectContaining({
        startLineNumber: 2,
        startColumn: 11,
        endColumn: 22,
        severity: 4,
        message: 'Check the type',
      }),
    ]);
  });

  it('gives no markers when there are no issues', () => {
    expect(issueMarkers([], positionsOf(text), SEVERITIES)).toEqual([]);
  });
});

describe('syntaxErrorMarker', () => {
  it('marks the syntax error as an error on its range', () => {
    const broken = '{\n  "a": tru\n}';
    const offset = broken.indexOf('tru');
    const error = {
      message: 'Expected a value',
      offset,
      length: 3,
      line: 2,
      column: 8,
    };

    expect(syntaxErrorMarker(error, positionsOf(broken), SEVERITIES)).toEqual({
      startLineNumber: 2,
      startColumn: 8,
      endLineNumber: 2,
      endColumn: 11,
      severity: 8,
      message: 'Expected a value',
      code: 'syntax-error',
      source: 'jobdef',
    });
  });

  it('widens an empty error range to one character so it shows', () => {
    const broken = '{\n  "a": 1,\n  "b": ';
    const offset = broken.length - 1;
    const error = {
      message: 'Unexpected end',
      offset,
      length: 0,
      line: 3,
      column: 7,
    };

    const marker = syntaxErrorMarker(error, positionsOf(broken), SEVERITIES);

    expect([marker.startColumn, marker.endColumn]).toEqual([7, 8]);
  });
});
