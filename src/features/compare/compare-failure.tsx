import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';

import { KIND_PHRASES, type AwsFailure } from '@/aws/errors/aws-failure';
import { AwsFailureAlert } from '@/aws/ui/aws-failure-alert';

interface CompareFailureProps {
  /** What could not be loaded, such as `nightly:3`. */
  readonly label: string;
  readonly failure: AwsFailure | undefined;
  readonly message: string;
  readonly onRetry: () => void;
  readonly onOpenSettings: () => void;
}

/** A revision that AWS would not describe: what happened, what to do. */
export function CompareFailure({
  label,
  failure,
  message,
  onRetry,
  onOpenSettings,
}: CompareFailureProps) {
  if (!failure)
    return (
      <Alert
        type="error"
        header={`${label} could not be loaded`}
        action={<Button onClick={onRetry}>Try again</Button>}
      >
        {message}
      </Alert>
    );

  return (
    <AwsFailureAlert
      failure={failure}
      header={`${label} could not be loaded: ${KIND_PHRASES[failure.kind]}`}
      onOpenSettings={onOpenSettings}
      action={<Button onClick={onRetry}>Try again</Button>}
    />
  );
}
