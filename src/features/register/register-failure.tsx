import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';

import { KIND_PHRASES, type AwsFailure } from '@/aws/errors/aws-failure';
import type { IssuePath } from '@/model/issue';
import { formatPath } from '@/model/path';

interface RegisterFailureProps {
  readonly failure: AwsFailure;
  readonly onShowField: (path: IssuePath) => void;
  readonly onOpenSettings: () => void;
  readonly onDismiss: () => void;
}

const SETTINGS_KINDS = new Set(['credentials', 'access-denied', 'network']);

/** A failed registration, inline: what happened, what to do, the details. */
export function RegisterFailure({
  failure,
  onShowField,
  onOpenSettings,
  onDismiss,
}: RegisterFailureProps) {
  const { fieldPath } = failure;
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
      header={`Not registered: ${KIND_PHRASES[failure.kind]}`}
      dismissible
      onDismiss={onDismiss}
      i18nStrings={{
        errorIconAriaLabel: 'Error',
        dismissAriaLabel: 'Dismiss message',
      }}
    >
      <SpaceBetween size="s">
        <Box variant="p">{failure.message}</Box>
        <Box variant="p">{failure.nextStep}</Box>
        {fieldPath && (
          <SpaceBetween direction="horizontal" size="xs" alignItems="center">
            <Box>
              About the field <Box variant="code">{formatPath(fieldPath)}</Box>
            </Box>
            <Button onClick={() => onShowField(fieldPath)}>Show field</Button>
          </SpaceBetween>
        )}
        {SETTINGS_KINDS.has(failure.kind) && (
          <Button onClick={onOpenSettings}>Open Settings</Button>
        )}
        <ExpandableSection headerText="Details">
          <KeyValuePairs
            columns={2}
            items={details.map(({ label, value }) => ({ label, value }))}
          />
        </ExpandableSection>
      </SpaceBetween>
    </Alert>
  );
}
