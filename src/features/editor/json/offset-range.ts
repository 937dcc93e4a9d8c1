import type { IPosition, IRange } from 'monaco-editor/editor/editor.api';

/** Turns a 0-based text offset into a 1-based position (Monaco's `getPositionAt`). */
export type PositionAt = (offset: number) => IPosition;

/** The editor range of `length` characters at `offset`. */
export function offsetRange(
  positionAt: PositionAt,
  offset: number,
  length: number,
): IRange {
  const start = positionAt(offset);
  const end = length > 0 ? positionAt(offset + length) : start;
  return {
    startLineNumber: start.lineNumber,
    startColumn: start.column,
    endLineNumber: end.lineNumber,
    endColumn: end.column,
  };
}
