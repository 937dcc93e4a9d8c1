import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';

import { KIND_PHRASES, type AwsFailure } from '@/aws/errors/aws-failure';
import { AwsFailureAlert } from '@/aws/ui/aws-failure-alert';
import type { IssuePath } from '@/model/issue';
import { formatPath } from '@/model/path';

interface RegisterFailureProps {
  readonly failure: AwsFailure;
  readonly onShowField: (path: IssuePath) => void;
  readonly onOpenSettings: () => void;
  readonly onDismiss: () => void;
}

/** A failed registration, inline: what happened, what to do, the details. */
export function RegisterFailure({
  failure,
  onShowField,
  onOpenSettings,
  onDismiss,
}: RegisterFailureProps) {
  const { fieldPath } = failure;

  return (
    <AwsFailureAlert
      failure={failure}
      header={`Not registered: ${KIND_PHRASES[failure.kind]}`}
      onOpenSettings={onOpenSettings}
      onDismiss={onDismiss}
    >
      {fieldPath && (
        <SpaceBetween direction="horizontal" size="xs" alignItems="center">
          <Box>
            About the field <Box variant="code">{formatPath(fieldPath)}</Box>
          </Box>
          <Button onClick={() => onShowField(fieldPath)}>Show field</Button>
        </SpaceBetween>
      )}
    </AwsFailureAlert>
  );
}
