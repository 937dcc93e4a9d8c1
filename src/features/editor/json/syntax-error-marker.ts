import type { editor } from 'monaco-editor/editor/editor.api';

import type { JsonSyntaxError } from '@/model/text/parse-json';

import { draftMarker, type MarkerSeverities } from './draft-marker';
import type { PositionAt } from './offset-range';

/** The editor marker of the draft's syntax error. */
export function syntaxErrorMarker(
  error: JsonSyntaxError,
  positionAt: PositionAt,
  severities: MarkerSeverities,
): editor.IMarkerData {
  // An empty range (text ending too early) would show no squiggle at all.
  const range = { offset: error.offset, length: Math.max(error.length, 1) };
  return draftMarker(
    positionAt,
    range,
    severities.error,
    error.message,
    'syntax-error',
  );
}
