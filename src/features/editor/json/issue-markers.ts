import type { editor } from 'monaco-editor/editor/editor.api';

import type { DraftIssue } from '@/draft/draft-state';

import { draftMarker, type MarkerSeverities } from './draft-marker';
import type { PositionAt } from './offset-range';

/** One editor marker per issue of the draft, on the issue's exact range. */
export function issueMarkers(
  issues: readonly DraftIssue[],
  positionAt: PositionAt,
  severities: MarkerSeverities,
): editor.IMarkerData[] {
  return issues.map((issue) =>
    draftMarker(
      positionAt,
      issue.range,
      severities[issue.severity],
      issue.message,
      issue.code,
    ),
  );
}
