import { DescribeJobDefinitionsCommand } from '@aws-sdk/client-batch';
import { useQuery } from '@tanstack/react-query';

import type { AwsRequestError } from '../errors/aws-failure';
import { createLogger } from '../logger';
import type { AwsConnection } from '../session/aws-connection';
import { useAwsConnection } from '../session/aws-context';
import { callAws } from './call-aws';
import {
  DescribeJobDefinitionsInput,
  DescribeJobDefinitionsOutput,
  type DescribedJobDefinition,
} from './describe-input';
import { jobDefinitionKeys } from './query-keys';

const log = createLogger('aws.describe');

/** One page of DescribeJobDefinitions. */
export async function describeJobDefinitionsPage(
  connection: AwsConnection,
  input: DescribeJobDefinitionsInput,
) {
  const request = DescribeJobDefinitionsInput.parse(input);
  return callAws({
    connection,
    operation: 'DescribeJobDefinitions',
    log,
    facts: { name: request.jobDefinitionName },
    send: async () =>
      DescribeJobDefinitionsOutput.parse(
        await connection.batch.send(new DescribeJobDefinitionsCommand(request)),
      ),
  });
}

/** Every page of DescribeJobDefinitions, newest revision first. */
export async function describeAllJobDefinitions(
  connection: AwsConnection,
  input: DescribeJobDefinitionsInput,
): Promise<DescribedJobDefinition[]> {
  const all: DescribedJobDefinition[] = [];
  let nextToken: string | undefined;
  do {
    const page = await describeJobDefinitionsPage(connection, {
      ...input,
      nextToken,
    });
    all.push(...page.jobDefinitions);
    nextToken = page.nextToken || undefined;
  } while (nextToken);
  // AWS does not document the order; the history reads newest first.
  return all.sort((a, b) => b.revision - a.revision);
}

/** The newest ACTIVE revision of a job definition name, if any. */
export async function newestActiveRevision(
  connection: AwsConnection,
  jobDefinitionName: string,
): Promise<DescribedJobDefinition | undefined> {
  const active = await describeAllJobDefinitions(connection, {
    jobDefinitionName,
    status: 'ACTIVE',
  });
  return active.find((each) => each.jobDefinitionName === jobDefinitionName);
}

/** Job definitions matching the input, every page; idle until connected. */
export function useJobDefinitions(input: DescribeJobDefinitionsInput) {
  const ready = useAwsConnection();
  return useQuery<DescribedJobDefinition[], AwsRequestError>({
    queryKey: jobDefinitionKeys.list(ready?.id ?? 'none', input),
    queryFn: () => {
      if (!ready) throw new Error('Not connected to AWS.');
      return describeAllJobDefinitions(ready, input);
    },
    enabled: ready !== undefined,
  });
}

/** Every revision of one job definition name, any status, newest first. */
export function useRevisions(name: string) {
  const ready = useAwsConnection();
  return useQuery<DescribedJobDefinition[], AwsRequestError>({
    queryKey: jobDefinitionKeys.revisions(ready?.id ?? 'none', name),
    queryFn: async () => {
      if (!ready) throw new Error('Not connected to AWS.');
      const all = await describeAllJobDefinitions(ready, {
        jobDefinitionName: name,
      });
      return all.filter((each) => each.jobDefinitionName === name);
    },
    enabled: ready !== undefined && name !== '',
  });
}

/**
 * One revision, or null when AWS has none. Asks for `name:revision`, as AWS
 * documents; moto only knows ARNs and bare names there, so when that finds
 * nothing the revisions of the name are searched before giving up.
 */
export async function describeRevision(
  connection: AwsConnection,
  name: string,
  revision: number,
): Promise<DescribedJobDefinition | null> {
  const isIt = (each: DescribedJobDefinition) =>
    each.jobDefinitionName === name && each.revision === revision;
  const page = await describeJobDefinitionsPage(connection, {
    jobDefinitions: [`${name}:${revision}`],
  });
  const found = page.jobDefinitions.find(isIt);
  if (found) return found;
  const all = await describeAllJobDefinitions(connection, {
    jobDefinitionName: name,
  });
  return all.find(isIt) ?? null;
}

/** One revision (`name:revision`); null data when AWS has none. */
export function useRevision(name: string, revision: number) {
  const ready = useAwsConnection();
  return useQuery<DescribedJobDefinition | null, AwsRequestError>({
    queryKey: jobDefinitionKeys.revision(ready?.id ?? 'none', name, revision),
    queryFn: () => {
      if (!ready) throw new Error('Not connected to AWS.');
      return describeRevision(ready, name, revision);
    },
    enabled: ready !== undefined && name !== '' && Number.isInteger(revision),
  });
}
