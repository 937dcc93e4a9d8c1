import Alert from '@cloudscape-design/components/alert';
import StatusIndicator from '@cloudscape-design/components/status-indicator';

import type { EmulatorReachability } from '@/aws/session/probe-emulator';
import type { RuntimeConfig } from '@/aws/settings/runtime-config';

interface EmulatorStatusProps {
  readonly emulator: RuntimeConfig['emulator'];
  /** Whether it answers now; undefined when there is nothing to check. */
  readonly reachability: EmulatorReachability | undefined;
}

/**
 * What `npm start` found out about the local emulator, checked against
 * whether it answers now: it may have stopped since.
 */
export function EmulatorStatus({
  emulator,
  reachability,
}: EmulatorStatusProps) {
  if (!emulator) return null;
  if (emulator.status === 'running' && reachability === 'checking')
    return (
      <StatusIndicator type="loading">
        Checking the local emulator
      </StatusIndicator>
    );
  if (emulator.status === 'running' && reachability === 'silent')
    return (
      <Alert type="warning" header="The local emulator is not answering">
        It was running when the app started, but it does not answer now: it may
        have stopped. Start it again with npm start (which starts the emulator
        and the app), then reload this page. To use AWS instead, enter your own
        identity pool below and clear the endpoints under Advanced.
      </Alert>
    );
  if (emulator.status === 'running')
    return (
      <Alert type="info" header="The local emulator is running">
        {emulator.message ? `${emulator.message} ` : ''}
        The defaults point at it, so registering works without an AWS account.
        To use AWS instead, enter your own identity pool below and clear the
        endpoints under Advanced.
      </Alert>
    );
  return (
    <Alert type="warning" header="The local emulator is not running">
      {emulator.message ? `${emulator.message} ` : ''}
      To connect to AWS instead, choose your region, enter the ID of a Cognito
      identity pool whose role may use AWS Batch, and save.
    </Alert>
  );
}
