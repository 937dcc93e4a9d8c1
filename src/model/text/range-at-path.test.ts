import { describe, expect, it } from 'vitest';

import { issueRange } from './issue-range';
import { parseJson } from './parse-json';
import type { JsonDocument } from './parse-json';
import { rangeAtPath } from './range-at-path';

const TEXT = `{
  "jobDefinitionName": "sleep",
  "containerProperties": {
    "image": "busybox",
    "resourceRequirements": [
      { "type": "VCPU", "value": "1" },
      { "type": "MEMORY", "value": 2048 }
    ],
    "imag": "typo"
  },
  "tags": { "team/name": "data", "2": "two", "dup": "a", "dup": "b" }
}`;

function document(text: string): JsonDocument {
  const result = parseJson(text);
  if (!result.ok) {
    throw new Error(result.error.message);
  }
  return result.document;
}

const doc = document(TEXT);

describe('rangeAtPath', () => {
  it.each([
    { path: [], line: 1, column: 1, isExact: true },
    { path: ['jobDefinitionName'], line: 2, column: 24, isExact: true },
    {
      path: ['containerProperties', 'resourceRequirements', 1, 'value'],
      line: 7,
      column: 36,
      isExact: true,
    },
    {
      path: ['containerProperties', 'resourceRequirements', '0'],
      line: 6,
      column: 7,
      isExact: true,
    },
    { path: ['tags', 'team/name'], line: 11, column: 26, isExact: true },
    { path: ['tags', 2], line: 11, column: 39, isExact: true },
    { path: ['tags', 'dup'], line: 11, column: 65, isExact: true },
    { path: ['type'], line: 1, column: 1, isExact: false },
    {
      path: ['containerProperties', 'command', 0],
      line: 3,
      column: 26,
      isExact: false,
    },
    {
      path: ['containerProperties', 'resourceRequirements', 5, 'type'],
      line: 5,
      column: 29,
      isExact: false,
    },
    { path: ['jobDefinitionName', 'x'], line: 2, column: 24, isExact: false },
  ])('points $path at $line:$column', ({ path, line, column, isExact }) => {
    const range = rangeAtPath(doc, path);

    expect({
      line: range.line,
      column: range.column,
      isExact: range.isExact,
    }).toEqual({
      line,
      column,
      isExact,
    });
  });

  it('covers the whole value, not only its first character', () => {
    const range = rangeAtPath(doc, ['containerProperties', 'image']);

    expect(TEXT.slice(range.offset, range.offset + range.length)).toBe(
      '"busybox"',
    );
  });

  it.each([
    { path: ['containerProperties', 'imag'], line: 9, column: 5 },
    { path: ['tags', 'team/name'], line: 11, column: 13 },
    { path: ['containerProperties', 'nope'], line: 3, column: 26 },
  ])(
    'points $path at its key $line:$column when asked for the key',
    ({ path, line, column }) => {
      const range = rangeAtPath(doc, path, 'key');

      expect({ line: range.line, column: range.column }).toEqual({
        line,
        column,
      });
    },
  );
});

describe('issueRange', () => {
  it.each([
    { code: 'unrecognized_key', column: 5 },
    { code: 'unrecognized_keys', column: 5 },
    { code: 'unknown-key', column: 5 },
    { code: 'invalid_type', column: 13 },
  ])('points a $code issue at column $column', ({ code, column }) => {
    const range = issueRange(doc, {
      path: ['containerProperties', 'imag'],
      code,
    });

    expect(range).toMatchObject({ line: 9, column });
  });
});
