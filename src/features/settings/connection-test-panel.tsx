import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';

import { KIND_PHRASES } from '@/aws/errors/aws-failure';
import type { ConnectionResult } from '@/aws/session/aws-connection';

import { testConnection, type ConnectionTestResult } from './test-connection';

interface ConnectionTestPanelProps {
  /** The connection the form's values make, saved or not. */
  readonly connection: ConnectionResult;
}

function Outcome({ result }: { readonly result: ConnectionTestResult }) {
  if (result.ok)
    return (
      <Alert type="success" header="Connected">
        Credentials came from Cognito
        {result.identityId ? ` (identity ${result.identityId})` : ''}, and AWS
        Batch in {result.region} answered DescribeJobDefinitions
        {result.found === 0 ? ' (no job definitions yet)' : ''}. Registering
        will work with these settings.
      </Alert>
    );
  if (result.step === 'settings')
    return (
      <Alert type="error" header="The settings are not complete">
        {result.messages.join(' ')}
      </Alert>
    );
  const where =
    result.step === 'credentials' ? 'Getting credentials' : 'Calling AWS Batch';
  return (
    <Alert
      type="error"
      header={`${where} failed: ${KIND_PHRASES[result.failure.kind]}`}
    >
      <SpaceBetween size="xs">
        <Box variant="p">{result.failure.message}</Box>
        <Box variant="p">{result.failure.nextStep}</Box>
        {result.failure.requestId && (
          <Box variant="small">Request id: {result.failure.requestId}</Box>
        )}
      </SpaceBetween>
    </Alert>
  );
}

/** Which settings a result is for: any change to the form changes it. */
function testedKey(connection: ConnectionResult): string {
  return connection.ok
    ? connection.connection.id
    : JSON.stringify(connection.problems);
}

/** Test connection: credentials, then one DescribeJobDefinitions call. */
export function ConnectionTestPanel({ connection }: ConnectionTestPanelProps) {
  const [tested, setTested] = useState<{
    key: string;
    result: ConnectionTestResult;
  } | null>(null);
  const [isTesting, setIsTesting] = useState(false);
  const key = testedKey(connection);
  const isCurrent = tested?.key === key;

  const handleTest = async () => {
    setIsTesting(true);
    setTested(null);
    setTested({ key, result: await testConnection(connection) });
    setIsTesting(false);
  };

  return (
    <SpaceBetween size="s">
      <Button loading={isTesting} onClick={() => void handleTest()}>
        Test connection
      </Button>
      {tested && isCurrent && <Outcome result={tested.result} />}
      {tested && !isCurrent && !isTesting && (
        <Box color="text-status-inactive">
          The settings changed since the last test: test again to check them.
        </Box>
      )}
    </SpaceBetween>
  );
}
