import { describe, expect, it } from 'vitest';

import { createLineIndex } from '@/model/text/line-index';

import { offsetRange, type PositionAt } from './offset-range';

function positionsOf(text: string): PositionAt {
  const lineIndex = createLineIndex(text);
  return (offset) => {
    const { line, column } = lineIndex(offset);
    return { lineNumber: line, column };
  };
}

describe('offsetRange', () => {
  const text = '{\n  "type": "container"\n}\n';

  it('spans the characters at the offset, in 1-based lines and columns', () => {
    const offset = text.indexOf('"container"');

    expect(offsetRange(positionsOf(text), offset, 11)).toEqual({
      startLineNumber: 2,
      startColumn: 11,
      endLineNumber: 2,
      endColumn: 22,
    });
  });

  it('ends on a later line when the range holds a line break', () => {
    expect(offsetRange(positionsOf(text), 0, text.length - 1)).toEqual({
      startLineNumber: 1,
      startColumn: 1,
      endLineNumber: 3,
      endColumn: 2,
    });
  });

  it('gives an empty range for an empty length', () => {
    expect(offsetRange(positionsOf(text), 4, 0)).toEqual({
      startLineNumber: 2,
      startColumn: 3,
      endLineNumber: 2,
      endColumn: 3,
    });
  });

  it('counts CRLF as one line break', () => {
    const crlf = '{\r\n  "a": 1\r\n}';

    expect(offsetRange(positionsOf(crlf), crlf.indexOf('1'), 1)).toEqual({
      startLineNumber: 2,
      startColumn: 8,
      endLineNumber: 2,
      endColumn: 9,
    });
  });
});
