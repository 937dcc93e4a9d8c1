// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { AwsContext } from '@/aws/session/aws-context';
import { awsContextValue } from '@/aws/testing/aws-context-value';

import { SettingsPage } from './settings-page';

const POOL = 'us-east-1:2f6e0c56-1c1e-4a5b-9d55-0c6e8d3e7f10';

function renderSettings(config = {}) {
  const aws = { ...awsContextValue({ config }), save: vi.fn(() => true) };
  render(
    <AwsContext.Provider value={aws}>
      <SettingsPage />
    </AwsContext.Provider>,
  );
  return { aws, user: userEvent.setup() };
}

afterEach(cleanup);

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
      screen.getByText(/An identity pool id is a region and a UUID/),
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
      screen.getByText('Only http: and https: URLs are accepted, not ftp:.'),
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
