import { useDraftSelector } from '@/draft/draft-context';
import type { DraftState } from '@/draft/draft-state';

import type { DraftCounts } from './register-hint';

function countsOf(state: DraftState): DraftCounts {
  let errors = 0;
  let warnings = 0;
  for (const issue of state.issues)
    if (issue.severity === 'error') errors += 1;
    else warnings += 1;
  return { hasSyntaxError: state.syntaxError !== null, errors, warnings };
}

const sameCounts = (a: DraftCounts, b: DraftCounts) =>
  a.hasSyntaxError === b.hasSyntaxError &&
  a.errors === b.errors &&
  a.warnings === b.warnings;

/** How many errors and warnings the draft has; re-renders when they change. */
export function useDraftCounts(): DraftCounts {
  return useDraftSelector(countsOf, sameCounts);
}
