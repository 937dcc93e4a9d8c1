import Alert from '@cloudscape-design/components/alert';

import type { RuntimeConfig } from '@/aws/settings/runtime-config';

interface EmulatorStatusProps {
  readonly emulator: RuntimeConfig['emulator'];
}

/** What `npm start` found out about the local emulator, if it ran. */
export function EmulatorStatus({ emulator }: EmulatorStatusProps) {
  if (!emulator) return null;
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
