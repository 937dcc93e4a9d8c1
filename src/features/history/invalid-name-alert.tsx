import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';

import { RouteLink } from './route-link';

interface InvalidNameAlertProps {
  readonly name: string;
  /** Why, in the model's words. */
  readonly problem: string;
}

/** An address naming something that cannot be a job definition. */
export function InvalidNameAlert({ name, problem }: InvalidNameAlertProps) {
  return (
    <Alert type="error" header="Not a valid job definition name">
      <SpaceBetween size="xs">
        <Box variant="p">
          “{name}” is not a valid job definition name, so there is nothing to
          look up. {problem}
        </Box>
        <RouteLink href="/job-definitions">
          Back to the job definitions
        </RouteLink>
      </SpaceBetween>
    </Alert>
  );
}
