import {
  CognitoIdentityClient,
  GetIdCommand,
} from '@aws-sdk/client-cognito-identity';
import { describe, expect, it } from 'vitest';

import { enhancedFlow } from '../credentials/enhanced-flow';
import { MemoryStorage } from '../credentials/memory-storage';
import { tagCredentialsCalls } from '../credentials/tag-credentials-calls';
import { describeJobDefinitionsPage } from '../operations/describe-job-definitions';
import { CONTEXT } from '../testing/error-fixtures';
import { fakeConnection, type FakeAnswer } from '../testing/fake-batch';
import { AwsRequestError, type AwsFailure } from './aws-failure';
import { normalizeAwsError } from './normalize-aws-error';
import { operationLabel } from './operation-label';

const PROXY = 'http://localhost:4173/nothing-here';
const HTML = '<!DOCTYPE html><html><body>Not found</body></html>';

async function describeFailure(answer: FakeAnswer): Promise<AwsFailure> {
  const { connection } = fakeConnection(() => answer);
  const withEndpoint = {
    ...connection,
    errorContext: (operation: string, request?: unknown) => ({
      ...connection.errorContext(operation, request),
      endpoints: { batch: PROXY },
    }),
  };
  try {
    await describeJobDefinitionsPage(withEndpoint, { maxResults: 1 });
  } catch (error) {
    if (error instanceof AwsRequestError) return error.failure;
  }
  throw new Error('the call did not fail');
}

describe('an answer that is not from an AWS API', () => {
  it.each([
    ['an empty 404', { status: 404, text: '' }],
    ['an empty 405', { status: 405, text: '' }],
    [
      'an HTML 404',
      { status: 404, text: HTML, headers: { 'content-type': 'text/html' } },
    ],
    [
      'an HTML 200 (a web server answering every path)',
      { status: 200, text: HTML, headers: { 'content-type': 'text/html' } },
    ],
  ])(
    'is named as such, with the endpoint and the setting to check, for %s',
    async (_case, answer) => {
      const failure = await describeFailure(answer);

      expect(failure.kind).toBe('not-aws');
      expect(failure.title).toBe('Not an AWS API');
      expect(failure.message).toContain(PROXY);
      expect(failure.message).toContain(`HTTP ${answer.status}`);
      expect(failure.message).not.toMatch(/Unexpected token|UnknownError/);
      expect(failure.nextStep).toContain('Batch endpoint in Settings');
      expect(failure.nextStep).not.toContain('draft');
    },
  );

  it('keeps an AWS error with a request id an invalid request', async () => {
    const failure = await describeFailure({
      status: 400,
      body: { message: 'jobDefinitions is malformed' },
      headers: {
        'x-amzn-errortype': 'ClientException',
        'x-amzn-requestid': 'r-1',
      },
    });

    expect(failure.kind).toBe('invalid-request');
    expect(failure.nextStep).not.toContain('draft');
  });

  it('names an unreadable Cognito answer, its status and the call that failed', async () => {
    const cognito = new CognitoIdentityClient({
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:5000',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      maxAttempts: 1,
      requestHandler: {
        handle: async () => ({
          response: {
            statusCode: 500,
            headers: { 'content-type': 'text/html' },
            body: new TextEncoder().encode(HTML),
          },
        }),
      },
    });
    tagCredentialsCalls(cognito, 'cognito-identity');

    const thrown = await cognito
      .send(new GetIdCommand({ IdentityPoolId: CONTEXT.identityPoolId }))
      .catch((error: unknown) => error);
    const failure = normalizeAwsError(thrown, {
      ...CONTEXT,
      operation: 'DescribeJobDefinitions',
      endpoints: { 'cognito-identity': 'http://127.0.0.1:5000' },
    });

    expect(failure.kind).toBe('not-aws');
    expect(failure.message).toContain('HTTP 500');
    expect(failure.message).toContain('http://127.0.0.1:5000');
    expect(failure.message).not.toContain('Unexpected token');
    expect(failure.nextStep).toContain('Cognito Identity endpoint in Settings');
    expect(operationLabel(failure)).toBe(
      'Cognito Identity GetId (getting credentials for Batch DescribeJobDefinitions)',
    );
  });

  it("names GetId when the enhanced flow's first call fails", async () => {
    const provider = enhancedFlow({
      identityPoolId: CONTEXT.identityPoolId,
      poolRegion: 'us-east-1',
      // Nothing listens on port 9 of this machine: the call is refused.
      endpoint: 'http://127.0.0.1:9',
      logins: undefined,
      userIdentifier: undefined,
      cache: new MemoryStorage(),
    });

    const thrown = await provider().catch((error: unknown) => error);
    const failure = normalizeAwsError(thrown, {
      ...CONTEXT,
      operation: 'RegisterJobDefinition',
    });

    expect(operationLabel(failure)).toBe(
      'Cognito Identity GetId (getting credentials for Batch RegisterJobDefinition)',
    );
  }, 30_000);
});
