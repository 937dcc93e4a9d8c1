import { RegisterJobDefinitionCommand } from '@aws-sdk/client-batch';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod';

import {
  RegisterJobDefinition,
  type JobDefinition,
} from '@/model/schema/job-definition';

import type { AwsRequestError } from '../errors/aws-failure';
import { createLogger } from '../logger';
import type { AwsConnection } from '../session/aws-connection';
import { callAws } from './call-aws';
import { jobDefinitionKeys } from './query-keys';

const log = createLogger('aws.register');

/** The input is the model's own schema: what the editor validated. */
export const RegisterJobDefinitionInput = RegisterJobDefinition;

export const RegisteredRevision = z.object({
  jobDefinitionName: z.string(),
  jobDefinitionArn: z.string(),
  revision: z.number().int(),
});
export type RegisteredRevision = z.infer<typeof RegisteredRevision>;

/**
 * Registers a job definition: AWS creates a new revision of that name, even
 * when nothing changed. `input` is the model's parsed value, never raw text.
 */
export function registerJobDefinition(
  connection: AwsConnection,
  input: JobDefinition,
): Promise<RegisteredRevision> {
  return callAws({
    connection,
    operation: 'RegisterJobDefinition',
    log,
    request: input,
    keepsDraft: true,
    facts: { name: input.jobDefinitionName },
    send: async () => {
      const output = RegisteredRevision.parse(
        await connection.batch.send(new RegisterJobDefinitionCommand(input)),
      );
      log.info('registered', {
        name: output.jobDefinitionName,
        revision: output.revision,
      });
      return output;
    },
  });
}

/** Registers with the current connection, then refreshes what is cached. */
export function useRegisterJobDefinition() {
  const queryClient = useQueryClient();
  return useMutation<
    RegisteredRevision,
    AwsRequestError,
    { connection: AwsConnection; input: JobDefinition }
  >({
    mutationFn: ({ connection, input }) =>
      registerJobDefinition(connection, input),
    onSuccess: (_result, { connection }) =>
      queryClient.invalidateQueries({
        queryKey: jobDefinitionKeys.all(connection.id),
      }),
  });
}
