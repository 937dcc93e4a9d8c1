import Flashbar from '@cloudscape-design/components/flashbar';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useNavigate } from 'react-router';

import { KIND_PHRASES } from '@/aws/errors/aws-failure';
import type { DeregisterOutcome as Outcome } from '@/aws/operations/deregister-job-definitions';
import { AwsFailureAlert } from '@/aws/ui/aws-failure-alert';

interface DeregisterOutcomeProps {
  readonly outcome: Outcome;
  readonly onDismiss: () => void;
}

const revisionOf = (arn: string) => arn.replace(/^.*\//, '');

/** What a deregistration did: the revisions done, and each failure. */
export function DeregisterOutcome({
  outcome,
  onDismiss,
}: DeregisterOutcomeProps) {
  const navigate = useNavigate();
  const { deregistered, failed } = outcome;

  return (
    <SpaceBetween size="s">
      {deregistered.length > 0 && (
        <Flashbar
          items={[
            {
              type: 'success',
              header: `Deregistered ${deregistered.map(revisionOf).join(', ')}`,
              content:
                deregistered.length === 1
                  ? 'This revision is inactive now.'
                  : 'These revisions are inactive now.',
              dismissible: true,
              dismissLabel: 'Dismiss message',
              onDismiss,
            },
          ]}
        />
      )}
      {failed.map(({ jobDefinition, failure }) => (
        <AwsFailureAlert
          key={jobDefinition}
          failure={failure}
          header={`Not deregistered ${revisionOf(jobDefinition)}: ${KIND_PHRASES[failure.kind]}`}
          onOpenSettings={() => navigate('/settings')}
          onDismiss={onDismiss}
        />
      ))}
    </SpaceBetween>
  );
}
