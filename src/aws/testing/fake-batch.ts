import { BatchClient } from '@aws-sdk/client-batch';

import type {
  AwsCredentials,
  CredentialsProvider,
} from '../credentials/aws-credentials';
import type { AwsErrorContext } from '../errors/aws-failure';
import type { AwsSettings } from '../settings/aws-settings';
import type { AwsConnection } from '../session/aws-connection';

/** What the fake service answers to one request. */
export interface FakeAnswer {
  readonly status: number;
  readonly body?: unknown;
  /** A raw body instead of `body`, for answers that are not JSON. */
  readonly text?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface FakeRequest {
  /** The operation, from the path: registerjobdefinition... */
  readonly operation: string;
  readonly body: unknown;
  /** The access key the request was signed with. */
  readonly accessKeyId: string | undefined;
}

export type FakeRoute = (
  request: FakeRequest,
) => FakeAnswer | Promise<FakeAnswer>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const SETTINGS: AwsSettings = {
  region: 'us-east-1',
  identityPoolId: 'us-east-1:2f6e0c56-1c1e-4a5b-9d55-0c6e8d3e7f10',
  signIn: 'guest',
  userPoolId: '',
  userPoolClientId: '',
  authFlow: 'enhanced',
  roleArn: '',
  endpoints: {
    batch: '',
    cognitoIdentity: '',
    cognitoIdentityProvider: '',
    sts: '',
  },
};

/**
 * A connection whose Batch client talks to `route` instead of the network:
 * the SDK still serialises requests and parses answers and errors.
 */
export function fakeConnection(
  route: FakeRoute,
  credentials: CredentialsProvider & { invalidate?: () => void } = async () =>
    ({
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'secret',
    }) satisfies AwsCredentials,
): {
  connection: AwsConnection;
  requests: FakeRequest[];
} {
  const requests: FakeRequest[] = [];
  const batch = new BatchClient({
    region: SETTINGS.region,
    credentials,
    maxAttempts: 1,
    requestHandler: {
      async handle(request: {
        path: string;
        body?: unknown;
        headers: Record<string, string>;
      }) {
        const text =
          typeof request.body === 'string'
            ? request.body
            : request.body instanceof Uint8Array
              ? decoder.decode(request.body)
              : '';
        const fake = {
          operation: request.path.replace(/^.*\//, ''),
          body: text === '' ? undefined : JSON.parse(text),
          accessKeyId: /Credential=([^/]+)\//.exec(
            request.headers['authorization'] ?? '',
          )?.[1],
        };
        requests.push(fake);
        const answer = await route(fake);
        return {
          response: {
            statusCode: answer.status,
            headers: { 'content-type': 'application/json', ...answer.headers },
            body: encoder.encode(
              answer.text ??
                (answer.body === undefined ? '' : JSON.stringify(answer.body)),
            ),
          },
        };
      },
    },
  });
  const errorContext = (
    operation: string,
    request?: unknown,
  ): AwsErrorContext => ({
    operation,
    service: 'batch',
    region: SETTINGS.region,
    identityPoolId: SETTINGS.identityPoolId,
    signIn: 'guest',
    authFlow: 'enhanced',
    endpoints: {},
    request,
  });
  const connection: AwsConnection = {
    id: 'fake',
    settings: SETTINGS,
    endpoints: {
      batch: undefined,
      cognitoIdentity: undefined,
      cognitoIdentityProvider: undefined,
      sts: undefined,
    },
    credentials,
    dropCredentials: () => credentials.invalidate?.(),
    batch,
    errorContext,
  };
  return { connection, requests };
}

/** A Batch ClientException answer, as the service sends it. */
export function clientException(
  message: string,
  requestId = 'req-1',
): FakeAnswer {
  return {
    status: 400,
    body: { message },
    headers: {
      'x-amzn-errortype': 'ClientException',
      'x-amzn-requestid': requestId,
    },
  };
}
