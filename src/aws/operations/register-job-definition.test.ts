import { describe, expect, it } from 'vitest';

import { memoizeCredentials } from '../credentials/memoize-credentials';
import { AwsRequestError } from '../errors/aws-failure';
import { clientException, fakeConnection } from '../testing/fake-batch';
import { newestActiveRevision } from './describe-job-definitions';
import { deregisterJobDefinition } from './deregister-job-definition';
import { registerJobDefinition } from './register-job-definition';

const SLEEP10 = {
  jobDefinitionName: 'sleep10',
  type: 'container' as const,
  containerProperties: {
    image: 'busybox',
    command: ['sleep', '10'],
    resourceRequirements: [
      { type: 'MEMORY' as const, value: '128' },
      { type: 'VCPU' as const, value: '1' },
    ],
  },
};

const described = (revision: number, status = 'ACTIVE') => ({
  jobDefinitionName: 'sleep10',
  jobDefinitionArn: `arn:aws:batch:us-east-1:123456789012:job-definition/sleep10:${revision}`,
  revision,
  status,
  type: 'container',
});

describe('registerJobDefinition', () => {
  it('sends the parsed value and returns the revision AWS assigned', async () => {
    const { connection, requests } = fakeConnection(() => ({
      status: 200,
      body: {
        jobDefinitionName: 'sleep10',
        jobDefinitionArn: described(3).jobDefinitionArn,
        revision: 3,
      },
    }));

    const result = await registerJobDefinition(connection, SLEEP10);

    expect(result).toEqual({
      jobDefinitionName: 'sleep10',
      jobDefinitionArn: described(3).jobDefinitionArn,
      revision: 3,
    });
    expect(requests).toEqual([
      {
        operation: 'registerjobdefinition',
        body: SLEEP10,
        accessKeyId: 'AKIDEXAMPLE',
      },
    ]);
  });

  it('throws the normalised failure, pointing at the field the service names', async () => {
    const { connection } = fakeConnection(() =>
      clientException(
        'Error executing request, Exception : containerProperties must contain image, RequestId: 9b2f0c1e-1111-2222-3333-444455556666',
        '9b2f0c1e-1111-2222-3333-444455556666',
      ),
    );

    const error = await registerJobDefinition(connection, SLEEP10).catch(
      (thrown: unknown) => thrown,
    );

    expect(error).toBeInstanceOf(AwsRequestError);
    const { failure } = error as AwsRequestError;
    expect(failure).toMatchObject({
      kind: 'invalid-request',
      code: 'ClientException',
      requestId: '9b2f0c1e-1111-2222-3333-444455556666',
      fieldPath: ['containerProperties', 'image'],
      message:
        'AWS Batch rejected the request: containerProperties must contain image',
      nextStep:
        'Fix containerProperties.image and try again; your draft is unchanged.',
    });
  });
});

describe('expired credentials', () => {
  it('are dropped when AWS says so, and the next call signs with fresh ones', async () => {
    let issued = 0;
    const credentials = memoizeCredentials(async () => {
      issued += 1;
      return {
        accessKeyId: `key-${issued}`,
        secretAccessKey: 'secret',
        sessionToken: 'token',
        expiration: new Date(Date.now() + 3_600_000),
      };
    });
    const { connection, requests } = fakeConnection(
      ({ accessKeyId }) =>
        accessKeyId === 'key-1'
          ? {
              status: 403,
              body: {
                message:
                  'The security token included in the request is expired',
              },
              headers: { 'x-amzn-errortype': 'ExpiredTokenException' },
            }
          : { status: 200, body: { jobDefinitions: [] } },
      credentials,
    );

    const error = await newestActiveRevision(connection, 'sleep10').catch(
      (thrown: unknown) => thrown,
    );
    expect((error as AwsRequestError).failure.reason).toBe(
      'credentials-expired',
    );

    expect(await newestActiveRevision(connection, 'sleep10')).toBeUndefined();
    expect(requests.map((request) => request.accessKeyId)).toEqual([
      'key-1',
      'key-2',
    ]);
  });
});

describe('newestActiveRevision', () => {
  it('reads every page and returns the highest revision', async () => {
    const { connection, requests } = fakeConnection(({ body }) => {
      const token = (body as { nextToken?: string }).nextToken;
      return token === undefined
        ? {
            status: 200,
            body: {
              jobDefinitions: [described(2), described(5)],
              nextToken: 'page-2',
            },
          }
        : {
            status: 200,
            body: { jobDefinitions: [described(7), described(1)] },
          };
    });

    const newest = await newestActiveRevision(connection, 'sleep10');

    expect(newest?.revision).toBe(7);
    expect(requests.map((request) => request.body)).toEqual([
      { jobDefinitionName: 'sleep10', status: 'ACTIVE' },
      { jobDefinitionName: 'sleep10', status: 'ACTIVE', nextToken: 'page-2' },
    ]);
  });

  it('returns undefined when the name has no active revision', async () => {
    const { connection } = fakeConnection(() => ({
      status: 200,
      body: { jobDefinitions: [] },
    }));

    expect(await newestActiveRevision(connection, 'sleep10')).toBeUndefined();
  });
});

describe('deregisterJobDefinition', () => {
  it('sends name:revision', async () => {
    const { connection, requests } = fakeConnection(() => ({
      status: 200,
      body: {},
    }));

    await deregisterJobDefinition(connection, { jobDefinition: 'sleep10:2' });

    expect(requests).toEqual([
      {
        operation: 'deregisterjobdefinition',
        body: { jobDefinition: 'sleep10:2' },
        accessKeyId: 'AKIDEXAMPLE',
      },
    ]);
  });

  it('refuses a bare name before calling AWS', async () => {
    const { connection, requests } = fakeConnection(() => ({
      status: 200,
      body: {},
    }));

    await expect(
      deregisterJobDefinition(connection, { jobDefinition: 'sleep10' }),
    ).rejects.toThrow();
    expect(requests).toEqual([]);
  });
});
