import { describe, expect, it } from 'vitest';

import type { DraftIssue } from '@/draft/draft-state';

import { pathTextRange } from './path-text-range';

const text = `{
  "type": "container",
  "containerProperties": {
    "command": ["sleep", "30"]
  }
}`;

const noProblems = { issues: [], syntaxError: null };

describe('pathTextRange', () => {
  it('finds the value at the path', () => {
    const range = pathTextRange(text, noProblems, [
      'containerProperties',
      'command',
    ]);

    expect(text.slice(range.offset, range.offset + range.length)).toBe(
      '["sleep", "30"]',
    );
  });

  it('finds an array item', () => {
    const range = pathTextRange(text, noProblems, [
      'containerProperties',
      'command',
      1,
    ]);

    expect(text.slice(range.offset, range.offset + range.length)).toBe('"30"');
  });

  it('falls back to the nearest parent of a missing path', () => {
    const range = pathTextRange(text, noProblems, [
      'containerProperties',
      'image',
    ]);

    expect(text.slice(range.offset, range.offset + range.length)).toMatch(
      /^\{\s+"command"/,
    );
  });

  it('uses the range of an issue at the path while the text does not parse', () => {
    const broken = `${text},`;
    const issue: DraftIssue = {
      path: ['type'],
      severity: 'error',
      message: 'Bad type',
      code: 'invalid-value',
      range: { offset: 10, length: 11, line: 2, column: 11 },
    };

    const range = pathTextRange(
      broken,
      { issues: [issue], syntaxError: null },
      ['type'],
    );

    expect(range).toEqual({ offset: 10, length: 11 });
  });

  it('goes to the syntax error when no issue has the path', () => {
    const broken = `${text},`;
    const syntaxError = {
      message: 'End of text expected',
      offset: text.length,
      length: 1,
      line: 6,
      column: 2,
    };

    expect(pathTextRange(broken, { issues: [], syntaxError }, ['x'])).toEqual({
      offset: text.length,
      length: 1,
    });
  });
});
