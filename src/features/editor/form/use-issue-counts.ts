import { useMemo } from 'react';

import { useDraftIssueSelector } from '@/draft/draft-context';
import type { DraftState } from '@/draft/draft-state';

import { covers, type Coverage } from './coverage';

/** Errors and warnings inside a section; re-renders only when a count changes. */
export function useIssueCounts(coverage: Coverage): {
  errors: number;
  warnings: number;
} {
  const scope = JSON.stringify([coverage.within, coverage.exclude ?? []]);
  const select = useMemo(
    () => (state: DraftState) => {
      let errors = 0;
      let warnings = 0;
      for (const issue of state.issues) {
        if (!covers(coverage, issue.path)) continue;
        if (issue.severity === 'error') errors += 1;
        else warnings += 1;
      }
      return `${errors}/${warnings}`;
    },
    // The coverage is compared by value, not identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scope],
  );
  const [errors = 0, warnings = 0] = useDraftIssueSelector(select)
    .split('/')
    .map(Number);
  return { errors, warnings };
}
