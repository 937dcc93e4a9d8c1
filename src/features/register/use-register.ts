import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, useSyncExternalStore } from 'react';

import { newestActiveRevision } from '@/aws/operations/describe-job-definitions';
import { jobDefinitionKeys } from '@/aws/operations/query-keys';
import { useRegisterJobDefinition } from '@/aws/operations/register-job-definition';
import { useAwsConnection } from '@/aws/session/aws-context';

import {
  createRegisterFlow,
  type RegisterFlow,
  type RegisterGateway,
  type RegisterState,
} from './register-flow';

/** The Register action of the editor, shared by its button and its status. */
export interface RegisterAction {
  readonly flow: RegisterFlow;
  readonly state: RegisterState;
  /** Undefined until Settings allow a connection. */
  readonly gateway: RegisterGateway | undefined;
}

/** Creates the Register action; the app hands it to the editor's slots. */
export function useRegister(): RegisterAction {
  const [flow] = useState(createRegisterFlow);
  const state = useSyncExternalStore(flow.subscribe, flow.getState);
  const connection = useAwsConnection();
  const queryClient = useQueryClient();
  const { mutateAsync } = useRegisterJobDefinition();

  const gateway = useMemo<RegisterGateway | undefined>(() => {
    if (!connection) return undefined;
    return {
      newestActive: async (name) => {
        const newest = await queryClient.fetchQuery({
          queryKey: jobDefinitionKeys.newestActive(connection.id, name),
          // A query's data may not be undefined: null stands for "none".
          queryFn: async () =>
            (await newestActiveRevision(connection, name)) ?? null,
          // Always asked afresh: another tab or person may have registered.
          staleTime: 0,
        });
        return newest ?? undefined;
      },
      register: (input) => mutateAsync({ connection, input }),
    };
  }, [connection, queryClient, mutateAsync]);

  return { flow, state, gateway };
}
