// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';

import { SETTINGS_KEY } from '../settings/settings-storage';
import { useAws } from './aws-context';
import { AwsProvider } from './aws-provider';

const POOL = 'us-east-1:2f6e0c56-1c1e-4a5b-9d55-0c6e8d3e7f10';

function renderAws(storage: Storage, config: object) {
  const client = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <AwsProvider
        storage={storage}
        origin="http://127.0.0.1:5173"
        loadConfig={async () => ({ config, problems: [] })}
      >
        {children}
      </AwsProvider>
    </QueryClientProvider>
  );
  return renderHook(() => useAws(), { wrapper });
}

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('AwsProvider', () => {
  it('has no connection until the runtime config is read, then connects with it', async () => {
    const { result } = renderAws(localStorage, {
      identityPoolId: POOL,
      endpoints: { batch: '/emulator' },
    });

    expect(result.current.connection).toBeUndefined();
    await waitFor(() => expect(result.current.connection?.ok).toBe(true));
    const { connection } = result.current;
    expect(connection?.ok && connection.connection.endpoints.batch).toBe(
      'http://127.0.0.1:5173/emulator',
    );
  });

  it('stores only what the user changed, and applies it over the defaults', async () => {
    const { result } = renderAws(localStorage, { identityPoolId: POOL });
    await waitFor(() => expect(result.current.runtime).toBeDefined());

    act(() => {
      result.current.save({ ...result.current.settings, region: 'eu-west-1' });
    });

    expect(result.current.settings).toMatchObject({
      region: 'eu-west-1',
      identityPoolId: POOL,
    });
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '')).toEqual({
      version: 1,
      overrides: { region: 'eu-west-1' },
    });
  });

  it('needs a signed-in user for a user pool sign-in', async () => {
    localStorage.setItem(
      SETTINGS_KEY,
      JSON.stringify({ version: 1, overrides: { signIn: 'userPool' } }),
    );
    const { result } = renderAws(localStorage, {
      identityPoolId: POOL,
      userPool: { userPoolId: 'us-east-1_AbCdEf', clientId: 'client1' },
    });

    await waitFor(() => expect(result.current.connection).toBeDefined());

    expect(result.current.connection).toMatchObject({
      ok: false,
      problems: [{ field: 'signIn' }],
    });
  });
});
