import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';

import { useAws } from '@/aws/session/aws-context';
import { emulatorUnavailable } from '@/aws/session/emulator-unavailable';

interface EmulatorNoticeProps {
  readonly onOpenSettings: () => void;
}

/**
 * Says plainly that the local emulator is not running, unless the user has
 * already chosen an identity pool of their own.
 */
export function EmulatorNotice({ onOpenSettings }: EmulatorNoticeProps) {
  const aws = useAws();
  const emulator = aws.runtime?.config.emulator;
  if (!emulatorUnavailable(aws) || !emulator) return null;

  return (
    <Alert
      type="warning"
      header="The local emulator is not running"
      action={<Button onClick={onOpenSettings}>Open Settings</Button>}
    >
      {emulator.message ? `${emulator.message} ` : ''}
      The editor works without it, but registering needs AWS: to connect to AWS
      instead, fill in the region and Cognito identity pool in Settings.
    </Alert>
  );
}
