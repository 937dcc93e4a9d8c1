import type { BatchClient } from '@aws-sdk/client-batch';

import type { BatchClientOptions } from '../batch-client';
import { loadOnce } from './load-once';

/**
 * What the app asks of a Batch client: sending commands, in the promise form
 * (the callback forms of `send` are not offered).
 */
export type BatchSender = Pick<BatchClient, 'send'>;

/**
 * A Batch client whose SDK code is fetched, and which is made, on the first
 * command: the editor's first load does not carry the AWS SDK.
 */
export function lazyBatchClient(options: BatchClientOptions): BatchSender {
  const client = loadOnce(async () =>
    (await import('../batch-client')).createBatchClient(options),
  );

  return {
    send: async (command: Parameters<BatchClient['send']>[0]) =>
      (await client()).send(command),
  };
}
