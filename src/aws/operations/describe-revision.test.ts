import { describe, expect, it } from 'vitest';

import { fakeConnection } from '../testing/fake-batch';
import { describeRevision } from './describe-job-definitions';

const revision = (number: number) => ({
  jobDefinitionName: 'etl',
  jobDefinitionArn: `arn:aws:batch:us-east-1:123456789012:job-definition/etl:${number}`,
  revision: number,
  status: 'ACTIVE',
  type: 'container',
});

describe('describeRevision', () => {
  it('asks for name:revision', async () => {
    const { connection, requests } = fakeConnection(() => ({
      status: 200,
      body: { jobDefinitions: [revision(2)] },
    }));

    const found = await describeRevision(connection, 'etl', 2);

    expect(found?.revision).toBe(2);
    expect(requests.map((request) => request.body)).toEqual([
      { jobDefinitions: ['etl:2'] },
    ]);
  });

  it('finds the revision by name when name:revision finds nothing (the emulator)', async () => {
    const { connection, requests } = fakeConnection(({ body }) => ({
      status: 200,
      body: {
        jobDefinitions:
          'jobDefinitionName' in (body as object)
            ? [revision(3), revision(2), revision(1)]
            : [],
      },
    }));

    const found = await describeRevision(connection, 'etl', 2);

    expect(found?.jobDefinitionArn).toBe(revision(2).jobDefinitionArn);
    expect(requests.map((request) => request.body)).toEqual([
      { jobDefinitions: ['etl:2'] },
      { jobDefinitionName: 'etl' },
    ]);
  });

  it('returns null when AWS has no such revision', async () => {
    const { connection } = fakeConnection(() => ({
      status: 200,
      body: { jobDefinitions: [] },
    }));

    expect(await describeRevision(connection, 'etl', 9)).toBeNull();
  });
});
