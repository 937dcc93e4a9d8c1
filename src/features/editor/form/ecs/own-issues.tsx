import Box from '@cloudscape-design/components/box';
import StatusIndicator from '@cloudscape-design/components/status-indicator';

import type { DraftIssue } from '@/draft/draft-state';
import { fieldInfo } from '@/model/field-info';
import type { IssuePath } from '@/model/issue';

import { useIssuesBelow } from '../fields/use-field';

/**
 * The issues about an object itself, which no input of its fields shows: a
 * misplaced block, a missing required field, a key the model does not know.
 */
export function OwnIssues({
  path,
  isAtPathShown = false,
}: {
  readonly path: IssuePath;
  /** True when a control nearby already shows the issues at `path` itself. */
  readonly isAtPathShown?: boolean;
}) {
  const below = useIssuesBelow(path);
  const known = fieldInfo(path)?.keys ?? [];
  const own = below.filter(
    (issue) =>
      isOwnIssue(issue, path, known) &&
      !(isAtPathShown && issue.path.length === path.length),
  );

  if (own.length === 0) return null;
  return (
    <Box>
      {own.map((issue, index) => (
        <div key={index}>
          <StatusIndicator type={issue.severity}>
            {issue.message}
          </StatusIndicator>
        </div>
      ))}
    </Box>
  );
}

function isOwnIssue(
  issue: DraftIssue,
  path: IssuePath,
  known: readonly string[],
): boolean {
  if (issue.path.length === path.length) return true;
  const key = issue.path[path.length];
  return (
    issue.path.length === path.length + 1 &&
    typeof key === 'string' &&
    known.length > 0 &&
    !known.includes(key)
  );
}
