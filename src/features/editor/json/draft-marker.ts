import type { editor, MarkerSeverity } from 'monaco-editor/editor/editor.api';

import type { TextRange } from '@/model/text/text-range';

import { offsetRange, type PositionAt } from './offset-range';

/** Monaco's severities, passed in so the marker builders stay free of Monaco at run time. */
export interface MarkerSeverities {
  readonly error: MarkerSeverity;
  readonly warning: MarkerSeverity;
}

export const MARKER_SOURCE = 'jobdef';

/** An editor marker on a range of the draft text. */
export function draftMarker(
  positionAt: PositionAt,
  range: Pick<TextRange, 'offset' | 'length'>,
  severity: MarkerSeverity,
  message: string,
  code: string,
): editor.IMarkerData {
  return {
    ...offsetRange(positionAt, range.offset, range.length),
    severity,
    message,
    code,
    source: MARKER_SOURCE,
  };
}
