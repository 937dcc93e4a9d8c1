import { BatchClient } from '@aws-sdk/client-batch';

import type { CredentialsProvider } from './credentials/aws-credentials';

export interface BatchClientOptions {
  readonly region: string;
  /** An absolute URL, or undefined for the regional AWS endpoint. */
  readonly endpoint: string | undefined;
  readonly credentials: CredentialsProvider;
}

/**
 * The one place a Batch client is made. The SDK's standard retry mode
 * retries throttling and transient failures up to 3 attempts with
 * exponential backoff and jitter.
 */
export function createBatchClient(options: BatchClientOptions): BatchClient {
  return new BatchClient({
    region: options.region,
    endpoint: options.endpoint,
    credentials: options.credentials,
    retryMode: 'standard',
    maxAttempts: 3,
  });
}
