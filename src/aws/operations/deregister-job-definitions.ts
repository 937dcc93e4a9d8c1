import { useMutation, useQueryClient } from '@tanstack/react-query';

import { AwsRequestError, type AwsFailure } from '../errors/aws-failure';
import type { AwsConnection } from '../session/aws-connection';
import { deregisterJobDefinition } from './deregister-job-definition';
import { jobDefinitionKeys } from './query-keys';

/** What deregistering several revisions did, revision by revision. */
export interface DeregisterOutcome {
  /** The ARNs AWS deregistered. */
  readonly deregistered: readonly string[];
  readonly failed: readonly {
    readonly jobDefinition: string;
    readonly failure: AwsFailure;
  }[];
}

/**
 * Deregisters each revision in turn (ARN or name:revision). A failure does
 * not stop the others; every outcome is reported. One at a time, so a long
 * list is not throttled.
 */
export async function deregisterJobDefinitions(
  connection: AwsConnection,
  jobDefinitions: readonly string[],
): Promise<DeregisterOutcome> {
  const deregistered: string[] = [];
  const failed: { jobDefinition: string; failure: AwsFailure }[] = [];
  for (const jobDefinition of jobDefinitions) {
    try {
      await deregisterJobDefinition(connection, { jobDefinition });
      deregistered.push(jobDefinition);
    } catch (error) {
      if (!(error instanceof AwsRequestError)) throw error;
      failed.push({ jobDefinition, failure: error.failure });
    }
  }
  return { deregistered, failed };
}

/** Deregisters several revisions, then refreshes every cached list once. */
export function useDeregisterJobDefinitions() {
  const queryClient = useQueryClient();
  return useMutation<
    DeregisterOutcome,
    Error,
    { connection: AwsConnection; jobDefinitions: readonly string[] }
  >({
    mutationFn: ({ connection, jobDefinitions }) =>
      deregisterJobDefinitions(connection, jobDefinitions),
    onSettled: (_result, _error, { connection }) =>
      queryClient.invalidateQueries({
        queryKey: jobDefinitionKeys.all(connection.id),
      }),
  });
}
