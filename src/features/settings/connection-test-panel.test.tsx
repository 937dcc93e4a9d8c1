// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import type { AwsConnection } from '@/aws/session/aws-connection';
import type { BatchSender } from '@/aws/session/lazy-batch-client';
import { fakeConnection } from '@/aws/testing/fake-batch';

import { ConnectionTestPanel } from './connection-test-panel';

afterEach(cleanup);

/** A connection whose Batch answers with no job definitions. */
function answeringConnection(): AwsConnection {
  const { connection } = fakeConnection(() => ({ status: 500 }));
  // jsdom's typed arrays are not the SDK's, so the SDK's own parsing is
  // left out here (test-connection.test.ts covers it in Node).
  const send = async () => ({ jobDefinitions: [], $metadata: {} });
  return { ...connection, batch: { send } as unknown as BatchSender };
}

describe('ConnectionTestPanel', () => {
  it('drops the result of the last test when the settings change', async () => {
    const connection = answeringConnection();
    const user = userEvent.setup();
    const { rerender } = render(
      <ConnectionTestPanel connection={{ ok: true, connection }} />,
    );

    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText('Connected')).toBeTruthy();

    rerender(
      <ConnectionTestPanel
        connection={{ ok: true, connection: { ...connection, id: 'changed' } }}
      />,
    );

    expect(screen.queryByText('Connected')).toBeNull();
    expect(
      screen.getByText(/The settings changed since the last test/),
    ).toBeTruthy();
  });

  it('keeps the result while the settings stay the same', async () => {
    const connection = answeringConnection();
    const user = userEvent.setup();
    const { rerender } = render(
      <ConnectionTestPanel connection={{ ok: true, connection }} />,
    );

    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    await screen.findByText('Connected');
    rerender(<ConnectionTestPanel connection={{ ok: true, connection }} />);

    expect(screen.getByText('Connected')).toBeTruthy();
  });
});
