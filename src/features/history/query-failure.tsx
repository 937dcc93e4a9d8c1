import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import { useNavigate } from 'react-router';

import { AwsRequestError, KIND_PHRASES } from '@/aws/errors/aws-failure';
import { AwsFailureAlert } from '@/aws/ui/aws-failure-alert';

interface QueryFailureProps {
  readonly error: Error;
  /** What did not happen: "Could not list the job definitions". */
  readonly what: string;
  readonly onRetry: () => void;
}

/** A failed AWS read, with the next step and a way to try again. */
export function QueryFailure({ error, what, onRetry }: QueryFailureProps) {
  const navigate = useNavigate();
  const retry = <Button onClick={onRetry}>Try again</Button>;

  if (!(error instanceof AwsRequestError)) {
    return (
      <Alert type="error" header={what} action={retry}>
        {error.message}
      </Alert>
    );
  }
  return (
    <AwsFailureAlert
      failure={error.failure}
      header={`${what}: ${KIND_PHRASES[error.failure.kind]}`}
      onOpenSettings={() => navigate('/settings')}
      action={retry}
    />
  );
}
