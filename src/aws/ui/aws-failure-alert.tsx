import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';

import type { AwsFailure } from '../errors/aws-failure';
import { operationLabel } from '../errors/operation-label';

interface AwsFailureAlertProps {
  readonly failure: AwsFailure;
  /** What did not happen, with the kind: "Not registered: access denied". */
  readonly header: string;
  /** Offered for the kinds that Settings can fix. */
  readonly onOpenSettings: () => void;
  readonly onDismiss?: () => void;
  /** Another way out, such as "Try again". */
  readonly action?: ReactNode;
  /** More to say, between the next step and the details. */
  readonly children?: ReactNode;
}

const SETTINGS_KINDS = new Set([
  'credentials',
  'access-denied',
  'network',
  'not-aws',
]);

/**
 * An AWS failure, inline, as every view shows one: what happened, what to
 * do next, and the details (request id, error, operation) folded away.
 */
export function AwsFailureAlert({
  failure,
  header,
  onOpenSettings,
  onDismiss,
  action,
  children,
}: AwsFailureAlertProps) {
  const details = [
    { label: 'Kind', value: failure.title },
    { label: 'Request id', value: failure.requestId ?? 'None given' },
    { label: 'Error', value: failure.code ?? 'None given' },
    { label: 'Operation', value: operationLabel(failure) },
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
      header={header}
      dismissible={onDismiss !== undefined}
      onDismiss={onDismiss}
      action={action}
      i18nStrings={{
        errorIconAriaLabel: 'Error',
        dismissAriaLabel: 'Dismiss message',
      }}
    >
      <SpaceBetween size="s">
        <Box variant="p">{failure.message}</Box>
        <Box variant="p">{failure.nextStep}</Box>
        {children}
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
