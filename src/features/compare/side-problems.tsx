import Alert from '@cloudscape-design/components/alert';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { ReactNode } from 'react';

import { RouterLink } from './router-link';
import type { SideState } from './use-compare-side';

type FailedSide = Extract<SideState, { status: 'failed' }>;

interface SideProblemsProps {
  readonly name: string;
  readonly sides: readonly SideState[];
  readonly renderFailure: (side: FailedSide) => ReactNode;
}

/** Why the comparison cannot be shown yet, side by side. */
export function SideProblems({
  name,
  sides,
  renderFailure,
}: SideProblemsProps) {
  return (
    <SpaceBetween size="s">
      {sides.map((side, index) => {
        const key = `${index}-${side.label}`;
        if (side.status === 'loading')
          return (
            <StatusIndicator key={key} type="loading">
              {`Loading ${side.label}`}
            </StatusIndicator>
          );
        if (side.status === 'failed') return renderFailure(side);
        if (side.status === 'missing')
          return (
            <Alert key={key} type="warning" header={`${side.label} not found`}>
              <SpaceBetween size="xs">
                <span>{side.message}</span>
                <RouterLink
                  href={`/job-definitions/${encodeURIComponent(name)}`}
                >
                  {`See the revisions of ${name}`}
                </RouterLink>
              </SpaceBetween>
            </Alert>
          );
        return null;
      })}
    </SpaceBetween>
  );
}
