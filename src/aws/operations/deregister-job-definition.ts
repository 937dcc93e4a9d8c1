import { DeregisterJobDefinitionCommand } from '@aws-sdk/client-batch';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod';

import type { AwsRequestError } from '../errors/aws-failure';
import { createLogger } from '../logger';
import type { AwsConnection } from '../session/aws-connection';
import { callAws } from './call-aws';
import { jobDefinitionKeys } from './query-keys';

const log = createLogger('aws.deregister');

/**
 * `name:revision` or a full ARN: AWS's example without a revision
 * contradicts its documentation, so a bare name is refused here.
 */
export const DeregisterJobDefinitionInput = z.object({
  jobDefinition: z
    .string()
    .regex(
      /^(arn:aws[a-z-]*:batch:[a-z0-9-]+:\d{12}:job-definition\/)?[A-Za-z0-9_-]{1,128}:\d+$/,
      {
        error: 'Give name:revision or the full ARN of one revision.',
      },
    ),
});
export type DeregisterJobDefinitionInput = z.infer<
  typeof DeregisterJobDefinitionInput
>;

/** Deregisters one revision: it becomes INACTIVE and can no longer run. */
export async function deregisterJobDefinition(
  connection: AwsConnection,
  input: DeregisterJobDefinitionInput,
): Promise<void> {
  const request = DeregisterJobDefinitionInput.parse(input);
  return callAws({
    connection,
    operation: 'DeregisterJobDefinition',
    log,
    facts: { jobDefinition: request.jobDefinition },
    send: async () => {
      await connection.batch.send(new DeregisterJobDefinitionCommand(request));
    },
  });
}

export function useDeregisterJobDefinition() {
  const queryClient = useQueryClient();
  return useMutation<
    void,
    AwsRequestError,
    { connection: AwsConnection; input: DeregisterJobDefinitionInput }
  >({
    mutationFn: ({ connection, input }) =>
      deregisterJobDefinition(connection, input),
    onSuccess: (_result, { connection }) =>
      queryClient.invalidateQueries({
        queryKey: jobDefinitionKeys.all(connection.id),
      }),
  });
}
