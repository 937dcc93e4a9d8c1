// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { AwsContext } from '@/aws/session/aws-context';
import { awsContextValue } from '@/aws/testing/aws-context-value';

import { SettingsPage } from './settings-page';

const POOL = 'us-east-1:2f6e0c56-1c1e-4a5b-9d55-0c6e8d3e7f10';

function renderSettings(config = {}) {
  const aws = { ...awsContextValue({ config }), save: vi.fn(() => true) };
  const router = createMemoryRouter(
    [
      { path: '/settings', element: <SettingsPage /> },
      { path: '/', element: <p>The editor</p> },
    ],
    { initialEntries: ['/settings'] },
  );
  render(
    <AwsContext.Provider value={aws}>
      <RouterProvider router={router} />
    </AwsContext.Provider>,
  );
  return { aws, router, user: userEvent.setup() };
}

/** A field's error; Cloudscape also repeats it in a live region. */
function errorText(text: RegExp): HTMLElement | undefined {
  return screen.getAllByText(text)[0];
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('SettingsPage', () => {
  it('shows each setting by its label, with the defaults of the runtime config', () => {
    renderSettings({ identityPoolId: POOL, region: 'eu-west-1' });

    expect(
      (screen.getByLabelText('Identity pool ID') as HTMLInputElement).value,
    ).toBe(POOL);
    expect(screen.getByText('eu-west-1')).toBeTruthy();
    expect(screen.getByRole('radio', { name: /Enhanced/ })).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getByRole('radio', { name: /Guest/ })).toHaveProperty(
      'checked',
      true,
    );
  });

  it('checks the identity pool id at its field', async () => {
    const { user } = renderSettings({ identityPoolId: POOL });

    await user.clear(screen.getByLabelText('Identity pool ID'));
    await user.type(screen.getByLabelText('Identity pool ID'), 'us-east-1_abc');

    expect(
      errorText(/An identity pool id is a region and a UUID/),
    ).toBeTruthy();
  });

  it('asks for the role ARN in the basic flow', async () => {
    const { user, aws } = renderSettings({ identityPoolId: POOL });

    await user.click(screen.getByRole('radio', { name: /Basic/ }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(
      screen.getByText(/The basic flow needs the IAM role ARN/),
    ).toBeTruthy();
    expect(
      screen.getByText('Fix the fields marked above, then save again.'),
    ).toBeTruthy();
    expect(aws.save).not.toHaveBeenCalled();
  });

  it('refuses an endpoint that is not http: or https:', async () => {
    const { user } = renderSettings({ identityPoolId: POOL });

    await user.click(screen.getByText('Advanced: endpoints'));
    await user.type(
      screen.getByLabelText('Batch endpoint'),
      'ftp://example.com',
    );

    expect(
      errorText(/^Only http: and https: URLs are accepted, not ftp:\./),
    ).toBeTruthy();
  });

  it.each([
    ['foo', /full http: or https: URL such as http:\/\/127\.0\.0\.1:5000/],
    ['foo bar', /An endpoint has no spaces/],
    ['//evil.example', /points at another host/],
    ['   ', /Spaces alone are not an endpoint/],
  ])(
    'refuses the endpoint %j at its field and does not save',
    async (typed, message) => {
      const { user, aws } = renderSettings({ identityPoolId: POOL });

      await user.click(screen.getByText('Advanced: endpoints'));
      await user.type(screen.getByLabelText('Batch endpoint'), typed);
      await user.click(screen.getByRole('button', { name: 'Save' }));

      expect(errorText(message)).toBeTruthy();
      expect(aws.save).not.toHaveBeenCalled();
    },
  );

  it('asks before leaving with unsaved changes, and keeps them on Keep editing', async () => {
    const { user, router } = renderSettings({ identityPoolId: POOL });

    await user.clear(screen.getByLabelText('Identity pool ID'));
    await user.type(screen.getByLabelText('Identity pool ID'), 'changed');
    await act(() => router.navigate('/'));

    expect(screen.getByText('Discard your changes?')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(router.state.location.pathname).toBe('/settings');
    expect(
      (screen.getByLabelText('Identity pool ID') as HTMLInputElement).value,
    ).toBe('changed');

    await act(() => router.navigate('/'));
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(await screen.findByText('The editor')).toBeTruthy();
  });

  it('leaves without asking when nothing changed', async () => {
    const { router } = renderSettings({ identityPoolId: POOL });

    await act(() => router.navigate('/'));

    expect(await screen.findByText('The editor')).toBeTruthy();
  });

  it('warns the browser before unloading with unsaved changes', async () => {
    const { user } = renderSettings({ identityPoolId: POOL });
    const before = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(before);
    expect(before.defaultPrevented).toBe(false);

    await user.type(screen.getByLabelText('Identity pool ID'), 'x');
    const after = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);

    expect(after.defaultPrevented).toBe(true);
  });

  it('says the emulator is not answering when it has stopped since npm start', async () => {
    const fetchFn = vi.fn(async () => new Response('', { status: 502 }));
    vi.stubGlobal('fetch', fetchFn);

    renderSettings({
      identityPoolId: POOL,
      endpoints: { batch: '/emulator' },
      emulator: {
        status: 'running',
        message: 'Local AWS emulator (moto) at http://127.0.0.1:5000.',
      },
    });

    expect(
      await screen.findByText('The local emulator is not answering'),
    ).toBeTruthy();
    expect(screen.getByText(/npm start/)).toBeTruthy();
    expect(screen.queryByText('The local emulator is running')).toBeNull();
    expect(fetchFn).toHaveBeenCalledWith(
      'http://127.0.0.1:5173/emulator/moto-api/data.json',
      expect.anything(),
    );
  });

  it('says the emulator is running when it answers', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 200 })),
    );

    renderSettings({
      identityPoolId: POOL,
      endpoints: { batch: '/emulator' },
      emulator: { status: 'running' },
    });

    expect(
      await screen.findByText('The local emulator is running'),
    ).toBeTruthy();
  });

  it('saves valid settings', async () => {
    const { user, aws } = renderSettings({ identityPoolId: POOL });

    await user.click(screen.getByText('Advanced: endpoints'));
    await user.type(screen.getByLabelText('Batch endpoint'), '/emulator');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(aws.save).toHaveBeenCalledWith(
      expect.objectContaining({
        identityPoolId: POOL,
        endpoints: expect.objectContaining({ batch: '/emulator' }),
      }),
    );
    expect(screen.getByText('Settings saved in this browser.')).toBeTruthy();
  });

  it('offers a user pool sign-in with username and password', async () => {
    const { user } = renderSettings({ identityPoolId: POOL });

    await user.click(screen.getByRole('radio', { name: /Cognito user pool/ }));

    expect(screen.getByLabelText('User pool ID')).toBeTruthy();
    expect(screen.getByLabelText('App client ID')).toBeTruthy();
    expect(screen.getByLabelText('Username')).toBeTruthy();
    expect(screen.getByLabelText('Password')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });

  it('says plainly when the local emulator is not running', () => {
    renderSettings({
      emulator: { status: 'unavailable', message: 'python3 was not found.' },
    });

    expect(screen.getByText('The local emulator is not running')).toBeTruthy();
    expect(
      screen.getByText(/python3 was not found\. To connect to AWS instead/),
    ).toBeTruthy();
  });
});
