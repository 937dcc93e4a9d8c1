import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';

import type { DraftIssue } from '@/draft/draft-state';
import { fieldInfo } from '@/model/field-info';
import type { IssuePath } from '@/model/issue';

import { useIssuesBelow } from './fields/use-field';

interface BlockIssuesProps {
  readonly path: IssuePath;
  /** Issue codes a control of the section already shows. */
  readonly omitCodes?: readonly string[];
}

/**
 * The issues about an object itself, which no input shows: a missing block,
 * a rule about the whole object, a key the model does not know (it stays in
 * the JSON; the form never drops it).
 */
export function BlockIssues({ path, omitCodes = [] }: BlockIssuesProps) {
  const below = useIssuesBelow(path);
  const known = fieldInfo(path)?.keys ?? [];
  const own = below.filter(
    (issue) => isOwn(issue, path, known) && !omitCodes.includes(issue.code),
  );

  if (own.length === 0) return null;
  return (
    <SpaceBetween size="xxs">
      {own.map((issue, index) => (
        <StatusIndicator key={index} type={issue.severity}>
          {issue.message}
        </StatusIndicator>
      ))}
    </SpaceBetween>
  );
}

function isOwn(
  issue: DraftIssue,
  path: IssuePath,
  known: readonly string[],
): boolean {
  if (issue.path.length === path.length) return true;
  const key = issue.path[path.length];
  return (
    issue.path.length === path.length + 1 &&
    typeof key === 'string' &&
    !known.includes(key)
  );
}
