import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';

import { KIND_PHRASES, type AwsFailure } from '@/aws/errors/aws-failure';

interface CompareFailureProps {
  /** What could not be loaded, such as `nightly:3`. */
  readonly label: string;
  readonly failure: AwsFailure | undefined;
  readonly message: string;
  readonly onRetry: () => void;
  readonly onOpenSettings: () => void;
}

const SETTINGS_KINDS = new Set(['credentials', 'access-denied', 'network']);

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

  const details = [
    { label: 'Kind', value: failure.title },
    { label: 'Request id', value: failure.requestId ?? 'None given' },
    { label: 'Error', value: failure.code ?? 'None given' },
    { label: 'Operation', value: `${failure.service}: ${failure.operation}` },
    ...(failure.httpStatus
      ? [{ label: 'HTTP status', value: String(failure.httpStatus) }]
      : []),
    ...(failure.serviceMessage
      ? [{ label: 'Service message', value: failure.serviceMessage }]
      : []),
  ];

  return (
    <Alert
      type="error"
      header={`${label} could not be loaded: ${KIND_PHRASES[failure.kind]}`}
      action={<Button onClick={onRetry}>Try again</Button>}
    >
      <SpaceBetween size="s">
        <Box variant="p">{failure.message}</Box>
        <Box variant="p">{failure.nextStep}</Box>
        {SETTINGS_KINDS.has(failure.kind) && (
          <Button onClick={onOpenSettings}>Open Settings</Button>
        )}
        <ExpandableSection headerText="Details">
          <KeyValuePairs columns={2} items={details} />
        </ExpandableSection>
      </SpaceBetween>
    </Alert>
  );
}
