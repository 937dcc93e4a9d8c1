import type { Page, Request } from '@playwright/test';

import { expect, test } from './support/aws-test';
import { addUser } from './support/emulator';
import { pickMenuItem } from './support/editor';

// The emulator's user pool signs users in by email (see scripts/emulator).
const USERNAME = 'e2e-engineer@example.com';
const PASSWORD = 'Sign-in-e2e-7!';

/** Cognito, STS and Batch calls that went to the emulator through /emulator. */
function recordEmulatorCalls(page: Page): Request[] {
  const calls: Request[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/emulator'))
      calls.push(request);
  });
  return calls;
}

const hasTarget = (name: string) => (request: Request) =>
  request.headers()['x-amz-target']?.endsWith(`.${name}`) === true;

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
}

/** Back to the editor in the page, so the in-memory sign-in stays. */
async function registerSleep10(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Editor' }).click();
  await pickMenuItem(page, 'New from template', /^sleep10/);
  await page.getByRole('button', { name: 'Replace current draft' }).click();
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await expect(page.getByText('Registered sleep10:1')).toBeVisible();
}

test('a user pool user created in the emulator signs in on Settings, then registers', async ({
  page,
  emulator,
}) => {
  await addUser(emulator, USERNAME, PASSWORD);
  const calls = recordEmulatorCalls(page);
  await page.goto('/');
  await openSettings(page);

  await page.getByRole('radio', { name: /Cognito user pool/ }).check();
  await expect(page.getByRole('textbox', { name: 'User pool ID' })).toHaveValue(
    emulator.userPool?.userPoolId ?? '',
  );
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Settings saved in this browser.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Username' }).fill(USERNAME);
  await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${USERNAME}.`)).toBeVisible();

  // SRP: the password itself is never sent.
  const auth = calls.find(hasTarget('InitiateAuth'));
  expect(auth?.postDataJSON()).toMatchObject({ AuthFlow: 'USER_SRP_AUTH' });
  expect(calls.some((call) => call.postData()?.includes(PASSWORD))).toBe(false);

  await registerSleep10(page);

  const provider = `cognito-idp.us-east-1.amazonaws.com/${emulator.userPool?.userPoolId}`;
  const getId = calls.find(hasTarget('GetId'));
  expect(Object.keys(getId?.postDataJSON().Logins ?? {})).toEqual([provider]);
  const getCredentials = calls.find(hasTarget('GetCredentialsForIdentity'));
  const idToken: string = getCredentials?.postDataJSON().Logins[provider];
  expect(idToken.split('.')).toHaveLength(3);

  // Tokens and credentials stay in memory: no browser storage holds them.
  const issued = await (await getCredentials?.response())?.json();
  const stored = await page.evaluate(async () => ({
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
    databases: (await indexedDB.databases()).length,
  }));
  for (const secret of [
    idToken,
    issued.Credentials.SecretKey,
    issued.Credentials.SessionToken,
  ]) {
    expect(stored.local).not.toContain(secret);
    expect(stored.session).not.toContain(secret);
  }
  expect(stored.databases).toBe(0);
});

// moto does not check SRP's password proof, so a wrong password is not
// refused there; a user the pool does not know is.
test('a user the user pool does not know is refused on Settings in plain words', async ({
  page,
}) => {
  await page.goto('/settings');
  await page.getByRole('radio', { name: /Cognito user pool/ }).check();

  await page
    .getByRole('textbox', { name: 'Username' })
    .fill('nobody@example.com');
  await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByText('Not signed in')).toBeVisible();
  await expect(
    page.getByText(
      'The user pool refused the sign-in: User does not exist. Check the user name and password, then sign in again in Settings.',
    ),
  ).toBeVisible();
  await expect(page.getByText(/Signed in as/)).toHaveCount(0);
});

test('the basic flow takes guest credentials from STS with the role from Settings', async ({
  page,
  emulator,
}) => {
  const calls = recordEmulatorCalls(page);
  await page.goto('/');
  await openSettings(page);

  await page.getByRole('radio', { name: /^Basic \(classic\)/ }).check();
  await expect(page.getByRole('textbox', { name: 'Role ARN' })).toHaveValue(
    emulator.roleArn ?? '',
  );
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Settings saved in this browser.')).toBeVisible();

  await registerSleep10(page);

  expect(calls.some(hasTarget('GetOpenIdToken'))).toBe(true);
  expect(calls.some(hasTarget('GetCredentialsForIdentity'))).toBe(false);
  const assume = calls.find((call) =>
    call.postData()?.includes('Action=AssumeRoleWithWebIdentity'),
  );
  expect(assume?.postData()).toContain(
    `RoleArn=${encodeURIComponent(emulator.roleArn ?? '')}`,
  );
});
