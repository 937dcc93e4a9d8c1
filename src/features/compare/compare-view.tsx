import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Toggle from '@cloudscape-design/components/toggle';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';

import { changeSummary } from '@/model/compare/change-summary';
import { compareText } from '@/model/compare/compare-text';
import { compareVerdict } from '@/model/compare/compare-verdict';

import type { CompareSide } from './compare-params';
import { CompareFailure } from './compare-failure';
import { CompareSummary } from './compare-summary';
import { SideProblems } from './side-problems';
import { useCompareSide, type SideState } from './use-compare-side';

const CompareDiff = lazy(() => import('./compare-diff'));

interface CompareViewProps {
  readonly name: string;
  readonly a: CompareSide;
  readonly b: CompareSide;
}

/** Both sides loaded: the change summary, the switch and the diff. */
export function CompareView({ name, a, b }: CompareViewProps) {
  const navigate = useNavigate();
  const left = useCompareSide(name, a);
  const right = useCompareSide(name, b);
  const [hideDefaults, setHideDefaults] = useState(true);

  const title = (
    <Header variant="h2">{`${left.label} vs ${right.label}`}</Header>
  );
  if (left.status !== 'ready' || right.status !== 'ready')
    return (
      <SpaceBetween size="m">
        {title}
        <SideProblems
          name={name}
          sides={oneFailurePerCause(left, right)}
          renderFailure={(side) => (
            <CompareFailure
              key={side.label}
              label={side.label}
              failure={side.failure}
              message={side.message}
              onRetry={side.retry}
              onOpenSettings={() => void navigate('/settings')}
            />
          )}
        />
      </SpaceBetween>
    );

  return (
    <ReadyView
      title={title}
      before={left.value}
      after={right.value}
      leftLabel={left.label}
      rightLabel={right.label}
      hideDefaults={hideDefaults}
      onHideDefaultsChange={setHideDefaults}
    />
  );
}

/**
 * Both revisions come from one request: when it fails, one alert names both
 * sides, rather than the same error twice.
 */
function oneFailurePerCause(left: SideState, right: SideState): SideState[] {
  if (
    left.status === 'failed' &&
    right.status === 'failed' &&
    left.message === right.message
  )
    return [{ ...left, label: `${left.label} and ${right.label}` }];
  return [left, right];
}

interface ReadyViewProps {
  readonly title: ReactNode;
  readonly before: unknown;
  readonly after: unknown;
  readonly leftLabel: string;
  readonly rightLabel: string;
  readonly hideDefaults: boolean;
  readonly onHideDefaultsChange: (hide: boolean) => void;
}

function ReadyView({
  title,
  before,
  after,
  leftLabel,
  rightLabel,
  hideDefaults,
  onHideDefaultsChange,
}: ReadyViewProps) {
  const changes = useMemo(() => changeSummary(before, after), [before, after]);
  const verdict = useMemo(() => compareVerdict(before, after), [before, after]);
  const original = useMemo(
    () => compareText(before, hideDefaults),
    [before, hideDefaults],
  );
  const modified = useMemo(
    () => compareText(after, hideDefaults),
    [after, hideDefaults],
  );

  return (
    <SpaceBetween size="m">
      {title}
      <CompareSummary verdict={verdict} changes={changes} />
      <Toggle
        checked={hideDefaults}
        onChange={({ detail }) => onHideDefaultsChange(detail.checked)}
        description="Hides what AWS adds when it stores a definition: empty lists and objects, default values such as Fargate's LATEST platform version, the order of lists where order means nothing (environment variables, resource requirements, secrets, ulimits, mount points, volumes), environment variables with empty values, the letter case of retry actions, and read-only fields. Keys are sorted on both sides."
      >
        Hide AWS defaults
      </Toggle>
      <Suspense
        fallback={
          <StatusIndicator type="loading">
            Loading the diff editor
          </StatusIndicator>
        }
      >
        <ColumnLayout columns={2}>
          <Box variant="awsui-key-label">{`Left: ${leftLabel}`}</Box>
          <Box variant="awsui-key-label">{`Right: ${rightLabel}`}</Box>
        </ColumnLayout>
        <CompareDiff
          original={original}
          modified={modified}
          originalLabel={leftLabel}
          modifiedLabel={rightLabel}
        />
      </Suspense>
    </SpaceBetween>
  );
}
