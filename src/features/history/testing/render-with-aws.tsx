import { BatchClient } from '@aws-sdk/client-batch';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';

import { AwsContext } from '@/aws/session/aws-context';
import { awsContextValue } from '@/aws/testing/aws-context-value';
import { fakeConnection, type FakeRoute } from '@/aws/testing/fake-batch';

/**
 * Renders `ui` connected to a fake Batch service that answers with `route`,
 * inside a router at `path`. Queries are not retried, so a failure shows at
 * once.
 */
export function renderWithAws(ui: ReactNode, route: FakeRoute, path = '/') {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false } },
  });
  const { connection, requests } = fakeConnection(route);
  readBodiesInJsdom(connection.batch);
  const value = awsContextValue({ connection: { ok: true, connection } });

  render(
    <QueryClientProvider client={client}>
      <AwsContext.Provider value={value}>
        <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
      </AwsContext.Provider>
    </QueryClientProvider>,
  );
  return { user: userEvent.setup(), requests };
}

/**
 * The SDK's body reader takes the fake's answer for a Node stream under
 * jsdom, whose Uint8Array is another realm's; the bytes are read as they
 * are instead.
 */
export function readBodiesInJsdom(batch: unknown): void {
  if (!(batch instanceof BatchClient)) return;
  batch.config.streamCollector = async (body: unknown) =>
    body instanceof Uint8Array || ArrayBuffer.isView(body)
      ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength)
      : new Uint8Array();
}

/** A Batch service that is down: every request fails with a server error. */
export const BATCH_DOWN: FakeRoute = () => ({
  status: 500,
  body: { __type: 'ServerException', message: 'Batch is down' },
});

/** A Batch service that describes `revisions`, whatever it is asked. */
export function describing(revisions: readonly unknown[]): FakeRoute {
  return () => ({ status: 200, body: { jobDefinitions: revisions } });
}
