import { describe, expect, it } from 'vitest';

import { clientException, fakeConnection } from '../testing/fake-batch';
import { deregisterJobDefinitions } from './deregister-job-definitions';

const arn = (revision: number) =>
  `arn:aws:batch:us-east-1:123456789012:job-definition/etl:${revision}`;

describe('deregisterJobDefinitions', () => {
  it('deregisters each revision in turn and keeps going after a failure', async () => {
    const { connection, requests } = fakeConnection(({ body }) =>
      (body as { jobDefinition: string }).jobDefinition === arn(2)
        ? clientException(
            'Error executing request, Exception : Job definition not found, RequestId: r-2',
            'r-2',
          )
        : { status: 200, body: {} },
    );

    const outcome = await deregisterJobDefinitions(connection, [
      arn(1),
      arn(2),
      arn(3),
    ]);

    expect(requests.map((request) => request.body)).toEqual([
      { jobDefinition: arn(1) },
      { jobDefinition: arn(2) },
      { jobDefinition: arn(3) },
    ]);
    expect(outcome.deregistered).toEqual([arn(1), arn(3)]);
    expect(outcome.failed).toEqual([
      {
        jobDefinition: arn(2),
        failure: expect.objectContaining({
          kind: 'invalid-request',
          requestId: 'r-2',
        }),
      },
    ]);
  });
});
