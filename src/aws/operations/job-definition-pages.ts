import {
  infiniteQueryOptions,
  useInfiniteQuery,
  type InfiniteData,
} from '@tanstack/react-query';

import type { AwsRequestError } from '../errors/aws-failure';
import type { AwsConnection } from '../session/aws-connection';
import { useAwsConnection } from '../session/aws-context';
import type { JobDefinitionPagesInput } from './describe-input';
import { describeJobDefinitionsPage } from './describe-job-definitions';
import { jobDefinitionKeys } from './query-keys';

/** The most DescribeJobDefinitions returns in one page. */
export const PAGE_SIZE = 100;

type Page = Awaited<ReturnType<typeof describeJobDefinitionsPage>>;

/**
 * The paged list's query: pages of 100 revisions, each asked for with the
 * previous page's nextToken. Undefined connection: the query stays idle.
 */
export function jobDefinitionPagesOptions(
  connection: AwsConnection | undefined,
  input: JobDefinitionPagesInput,
) {
  return infiniteQueryOptions<
    Page,
    AwsRequestError,
    InfiniteData<Page, string | undefined>,
    ReturnType<typeof jobDefinitionKeys.pages>,
    string | undefined
  >({
    queryKey: jobDefinitionKeys.pages(connection?.id ?? 'none', input),
    queryFn: ({ pageParam }) => {
      if (!connection) throw new Error('Not connected to AWS.');
      return describeJobDefinitionsPage(connection, {
        ...input,
        maxResults: PAGE_SIZE,
        nextToken: pageParam,
      });
    },
    initialPageParam: undefined,
    // An empty token means the end, as a missing one does.
    getNextPageParam: (last) => last.nextToken || undefined,
    enabled: connection !== undefined,
  });
}

/**
 * Job definition revisions, 100 at a time: the first page loads at once,
 * each further one only when `fetchNextPage` asks for it, so an account with
 * 10,000 revisions costs one request until the user wants more.
 */
export function useJobDefinitionPages(input: JobDefinitionPagesInput) {
  return useInfiniteQuery(jobDefinitionPagesOptions(useAwsConnection(), input));
}
