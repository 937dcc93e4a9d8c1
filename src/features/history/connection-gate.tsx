import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';

import { useAws } from '@/aws/session/aws-context';
import { emulatorUnavailable } from '@/aws/session/emulator-unavailable';

interface ConnectionGateProps {
  /** The page's title, shown while its content cannot be. */
  readonly title: string;
  /** What needs AWS, in a sentence: "Job definitions". */
  readonly what: string;
  readonly children: ReactNode;
}

/**
 * Shows its children once the app can call AWS; before that, that the
 * settings are loading, or that Settings must be completed first.
 */
export function ConnectionGate({ title, what, children }: ConnectionGateProps) {
  const aws = useAws();
  const { connection } = aws;
  const stopped = emulatorUnavailable(aws);
  const navigate = useNavigate();

  if (connection === undefined) {
    return (
      <SpaceBetween size="m">
        <Header variant="h1">{title}</Header>
        <StatusIndicator type="loading">
          Loading the AWS settings
        </StatusIndicator>
      </SpaceBetween>
    );
  }
  if (!connection.ok) {
    return (
      <SpaceBetween size="m">
        <Header variant="h1">{title}</Header>
        <Alert
          type="info"
          header="Not connected to AWS"
          action={
            <Button onClick={() => navigate('/settings')}>Open Settings</Button>
          }
        >
          {stopped && <Box variant="p">{stopped}</Box>}
          <Box variant="p">
            {what} come from AWS Batch. Complete the settings to connect:
          </Box>
          <ul>
            {connection.problems.map((problem) => (
              <li key={`${problem.field}-${problem.message}`}>
                {problem.message}
              </li>
            ))}
          </ul>
        </Alert>
      </SpaceBetween>
    );
  }
  return children;
}
