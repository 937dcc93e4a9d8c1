import type { AwsErrorContext } from '../errors/aws-failure';

export const CONTEXT: AwsErrorContext = {
  operation: 'RegisterJobDefinition',
  service: 'batch',
  region: 'us-east-1',
  identityPoolId: 'us-east-1:2f6e0c56-1c1e-4a5b-9d55-0c6e8d3e7f10',
  signIn: 'guest',
  authFlow: 'enhanced',
  endpoints: {},
};

/** The `$metadata` the SDK puts on a service error. */
export const meta = (
  httpStatusCode: number,
  requestId?: string,
  attempts = 1,
) => ({
  httpStatusCode,
  requestId,
  attempts,
  totalRetryDelay: 0,
});

/** An error shaped as the SDK throws it for a service without a class for it. */
export function serviceError(
  name: string,
  message: string,
  status: number,
  requestId = 'req-42',
) {
  return Object.assign(new Error(message), {
    name,
    $fault: 'client',
    $metadata: meta(status, requestId),
  });
}
