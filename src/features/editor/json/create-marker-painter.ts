import type { editor } from 'monaco-editor/editor/editor.api';

import type { DraftIssue, DraftState } from '@/draft/draft-state';
import type { JsonSyntaxError } from '@/model/text/parse-json';

import type { MarkerSeverities } from './draft-marker';
import { issueMarkers } from './issue-markers';
import type { PositionAt } from './offset-range';
import { syntaxErrorMarker } from './syntax-error-marker';

const ISSUES_OWNER = 'jobdef.issues';
const SYNTAX_OWNER = 'jobdef.syntax';

/**
 * A painter that shows the draft's issues and syntax error as markers of the
 * model, with Monaco's `setModelMarkers`. Issue markers are set only when the issues change: while the text does not parse
 * the draft keeps the last issues, and Monaco then moves their squiggles
 * along with the user's typing instead of leaving them at stale offsets.
 */
export function createMarkerPainter(
  setModelMarkers: typeof editor.setModelMarkers,
  model: editor.ITextModel,
  severities: MarkerSeverities,
): (state: DraftState) => void {
  const positionAt: PositionAt = (offset) => model.getPositionAt(offset);
  let shownIssues: readonly DraftIssue[] | undefined;
  let shownError: JsonSyntaxError | null | undefined;
  // Issues of another text, kept by the draft when a loaded text is broken.
  let foreignIssues: readonly DraftIssue[] | undefined;

  return (state: DraftState) => {
    if (state.origin === 'load' && state.syntaxError) {
      foreignIssues = state.issues;
    }
    if (state.issues !== shownIssues) {
      const issues = state.issues === foreignIssues ? [] : state.issues;
      setModelMarkers(
        model,
        ISSUES_OWNER,
        issueMarkers(issues, positionAt, severities),
      );
      shownIssues = state.issues;
    }
    if (state.syntaxError !== shownError) {
      const { syntaxError } = state;
      setModelMarkers(
        model,
        SYNTAX_OWNER,
        syntaxError
          ? [syntaxErrorMarker(syntaxError, positionAt, severities)]
          : [],
      );
      shownError = syntaxError;
    }
  };
}
