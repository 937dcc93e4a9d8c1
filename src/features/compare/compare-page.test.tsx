// @vitest-environment jsdom
import { BatchClient } from '@aws-sdk/client-batch';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { AwsContext } from '@/aws/session/aws-context';
import { awsContextValue } from '@/aws/testing/aws-context-value';
import { fakeConnection, type FakeRoute } from '@/aws/testing/fake-batch';

import { ComparePage } from './compare-page';

// Monaco does not run in jsdom; the panes' labels are the page's own.
vi.mock('./compare-diff', () => ({
  default: () => <div data-testid="compare-diff" />,
}));

vi.setConfig({ testTimeout: 20_000 });

afterEach(cleanup);

const revision = (number: number, memory: string) => ({
  jobDefinitionName: 'sleep10',
  jobDefinitionArn: `arn:aws:batch:us-east-1:123456789012:job-definition/sleep10:${number}`,
  revision: number,
  status: 'ACTIVE',
  type: 'container',
  containerProperties: {
    image: 'busybox',
    resourceRequirements: [
      { type: 'VCPU', value: '1' },
      { type: 'MEMORY', value: memory },
    ],
  },
});

function renderAt(path: string, route: FakeRoute) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false } },
  });
  const { connection } = fakeConnection(route);
  // Under jsdom the SDK takes the fake's bytes for a Node stream; read them
  // as they are.
  if (connection.batch instanceof BatchClient)
    connection.batch.config.streamCollector = async (body: Uint8Array) =>
      new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  const router = createMemoryRouter(
    [{ path: '/job-definitions/:name/compare', element: <ComparePage /> }],
    { initialEntries: [path] },
  );
  render(
    <QueryClientProvider client={client}>
      <AwsContext.Provider
        value={awsContextValue({ connection: { ok: true, connection } })}
      >
        <RouterProvider router={router} />
      </AwsContext.Provider>
    </QueryClientProvider>,
  );
}

const TWO_REVISIONS: FakeRoute = () => ({
  status: 200,
  body: { jobDefinitions: [revision(3, '1024'), revision(1, '256')] },
});

describe('ComparePage', () => {
  it('has breadcrumbs like the other history pages', async () => {
    renderAt('/job-definitions/sleep10/compare?a=1&b=3', TWO_REVISIONS);

    const crumbs = await screen.findByRole('navigation', {
      name: 'Breadcrumbs',
    });
    const links = within(crumbs).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Job definitions',
      'sleep10',
      'Compare',
    ]);
    expect(links[2]?.getAttribute('aria-current')).toBe('page');
  });

  it('labels the two panes of the diff', async () => {
    renderAt('/job-definitions/sleep10/compare?a=1&b=3', TWO_REVISIONS);

    await screen.findByTestId('compare-diff');
    expect(screen.getByText('Left: sleep10:1')).toBeTruthy();
    expect(screen.getByText('Right: sleep10:3')).toBeTruthy();
  });

  it('shows one failure with Try again when AWS cannot be read, not one per side', async () => {
    renderAt('/job-definitions/sleep10/compare?a=1&b=3', () => ({
      status: 500,
      body: { __type: 'ServerException', message: 'Batch is down' },
    }));

    expect(await screen.findByText(/could not be loaded/)).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Try again' })).toHaveLength(
      1,
    );
    expect(screen.queryByTestId('compare-diff')).toBeNull();
  });
});
