import { NotAuthorizedException } from '@aws-sdk/client-cognito-identity';
import { describe, expect, it } from 'vitest';

import { CredentialsError } from '@/aws/errors/aws-service';
import { fakeConnection } from '@/aws/testing/fake-batch';

import { testConnection } from './test-connection';

const ACCESS_DENIED = {
  status: 403,
  body: {
    message: 'User is not authorized to perform: batch:DescribeJobDefinitions',
  },
  headers: {
    'x-amzn-errortype': 'AccessDeniedException',
    'x-amzn-requestid': 'r-7',
  },
};

describe('testConnection', () => {
  it('reports incomplete settings without calling AWS', async () => {
    const result = await testConnection({
      ok: false,
      problems: [
        {
          field: 'identityPoolId',
          severity: 'error',
          message: 'Enter the pool id.',
        },
      ],
    });

    expect(result).toEqual({
      ok: false,
      step: 'settings',
      messages: ['Enter the pool id.'],
    });
  });

  it('fetches credentials, then asks Batch for one job definition', async () => {
    const { connection, requests } = fakeConnection(() => ({
      status: 200,
      body: { jobDefinitions: [] },
    }));

    const result = await testConnection({ ok: true, connection });

    expect(result).toEqual({
      ok: true,
      identityId: undefined,
      region: 'us-east-1',
      found: 0,
    });
    expect(requests).toEqual([
      {
        operation: 'describejobdefinitions',
        body: { maxResults: 1 },
        accessKeyId: 'AKIDEXAMPLE',
      },
    ]);
  });

  it('names the credentials step when Cognito refuses a guest', async () => {
    const { connection, requests } = fakeConnection(() => ({
      status: 200,
      body: {},
    }));
    const refused = new CredentialsError(
      'cognito-identity',
      new NotAuthorizedException({
        message:
          'Unauthenticated access is not supported for this identity pool.',
        $metadata: {},
      }),
    );

    const result = await testConnection({
      ok: true,
      connection: { ...connection, credentials: () => Promise.reject(refused) },
    });

    expect(result).toMatchObject({
      ok: false,
      step: 'credentials',
      failure: { reason: 'guest-refused' },
    });
    expect(requests).toEqual([]);
  });

  it('names the Batch step when the role may not describe job definitions', async () => {
    const { connection } = fakeConnection(() => ACCESS_DENIED);

    const result = await testConnection({ ok: true, connection });

    expect(result).toMatchObject({
      ok: false,
      step: 'batch',
      failure: {
        kind: 'access-denied',
        requestId: 'r-7',
        reason: 'guest-session-policy',
      },
    });
  });
});
