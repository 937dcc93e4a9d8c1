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

/** Test connection: credentials, then one DescribeJobDefinitions call. */
export function ConnectionTestPanel({ connection }: ConnectionTestPanelProps) {
  const [result, setResult] = useState<ConnectionTestResult | null>(null);
  const [isTesting, setIsTesting] = useState(false);

  const handleTest = async () => {
    setIsTesting(true);
    setResult(null);
    setResult(await testConnection(connection));
    setIsTesting(false);
  };

  return (
    <SpaceBetween size="s">
      <Button loading={isTesting} onClick={() => void handleTest()}>
        Test connection
      </Button>
      {result && <Outcome result={result} />}
    </SpaceBetween>
  );
}
