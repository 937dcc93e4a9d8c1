import { InfiniteQueryObserver, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';

import { AwsRequestError } from '../errors/aws-failure';
import { fakeConnection, type FakeRoute } from '../testing/fake-batch';
import { jobDefinitionPagesOptions } from './job-definition-pages';

const revision = (name: string, number: number) => ({
  jobDefinitionName: name,
  jobDefinitionArn: `arn:aws:batch:us-east-1:123456789012:job-definition/${name}:${number}`,
  revision: number,
  status: 'ACTIVE',
  type: 'container',
});

// Three pages, as AWS hands them out: each token leads to the next one.
const PAGES: Record<string, { jobDefinitions: unknown[]; nextToken?: string }> =
  {
    first: {
      jobDefinitions: [revision('a', 1), revision('b', 1)],
      nextToken: 'token-2',
    },
    'token-2': { jobDefinitions: [revision('a', 2)], nextToken: 'token-3' },
    'token-3': { jobDefinitions: [revision('c', 1)], nextToken: '' },
  };

const fromPages: FakeRoute = ({ body }) => {
  const token = (body as { nextToken?: string }).nextToken ?? 'first';
  return { status: 200, body: PAGES[token] };
};

function observe(route: FakeRoute) {
  const { connection, requests } = fakeConnection(route);
  const observer = new InfiniteQueryObserver(
    new QueryClient(),
    jobDefinitionPagesOptions(connection, { status: 'ACTIVE' }),
  );
  return { observer, requests };
}

describe('jobDefinitionPagesOptions', () => {
  it('loads pages of 100 one at a time, each with the previous nextToken', async () => {
    const { observer, requests } = observe(fromPages);

    await observer.refetch();
    expect(requests.map((request) => request.body)).toEqual([
      { status: 'ACTIVE', maxResults: 100 },
    ]);
    expect(observer.getCurrentResult().hasNextPage).toBe(true);

    await observer.fetchNextPage();
    const last = await observer.fetchNextPage();

    expect(requests.map((request) => request.body)).toEqual([
      { status: 'ACTIVE', maxResults: 100 },
      { status: 'ACTIVE', maxResults: 100, nextToken: 'token-2' },
      { status: 'ACTIVE', maxResults: 100, nextToken: 'token-3' },
    ]);
    const loaded = last.data?.pages.flatMap((page) => page.jobDefinitions);
    expect(
      loaded?.map((each) => `${each.jobDefinitionName}:${each.revision}`),
    ).toEqual(['a:1', 'b:1', 'a:2', 'c:1']);
    // An empty nextToken ends the list, as a missing one does.
    expect(last.hasNextPage).toBe(false);
  });

  it('fails with the normalised AWS failure', async () => {
    const { observer } = observe(() => ({
      status: 403,
      body: {
        message:
          'User is not authorized to perform batch:DescribeJobDefinitions',
      },
      headers: { 'x-amzn-errortype': 'AccessDeniedException' },
    }));

    const result = await observer.refetch();

    expect(result.error).toBeInstanceOf(AwsRequestError);
    expect(result.error?.failure.kind).toBe('access-denied');
  });
});
