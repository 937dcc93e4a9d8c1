import type { Page, Request } from '@playwright/test';

import { expect, test } from './support/aws-test';
import {
  freshEmulator,
  launchEmulator,
  stopEmulator,
} from './support/emulator';
import { pickMenuItem, savedDraftText } from './support/editor';

async function openTemplate(page: Page, template: RegExp): Promise<void> {
  await pickMenuItem(page, 'New from template', template);
  await page.getByRole('button', { name: 'Replace current draft' }).click();
}

function registerButton(page: Page) {
  return page.getByRole('button', { name: 'Register', exact: true });
}

/** The inline failure under the editor's header (Cloudscape's alert group). */
function failureAlert(page: Page) {
  return page.getByRole('group').filter({ hasText: /^Not registered/ });
}

/** Cognito and Batch calls that went to the emulator through /emulator. */
function recordEmulatorCalls(page: Page): Request[] {
  const calls: Request[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/emulator'))
      calls.push(request);
  });
  return calls;
}

const targetOf = (request: Request) =>
  request.headers()['x-amz-target'] ?? new URL(request.url()).pathname;

// The emulator fixture first: the page must load the config of this test's pool.
test.beforeEach(async ({ page, emulator }) => {
  expect(emulator.identityPoolId).toBeDefined();
  await page.goto('/');
  await expect(page.getByRole('tab', { name: 'Form' })).toBeVisible();
});

test('sleep10 registered twice becomes sleep10:1, then sleep10:2 after the identical-revision question', async ({
  page,
}) => {
  await openTemplate(page, /^sleep10/);

  await registerButton(page).click();
  await expect(page.getByText('Registered sleep10:1')).toBeVisible();

  await registerButton(page).click();
  const question = page.getByRole('dialog', { name: /Nothing changed/ });
  await expect(question).toContainText('sleep10:1');
  await question.getByRole('button', { name: 'Register anyway' }).click();
  await expect(page.getByText('Registered sleep10:2')).toBeVisible();
  await expect(
    page.getByText(
      'arn:aws:batch:us-east-1:123456789012:job-definition/sleep10:2',
    ),
  ).toBeVisible();
});

test('a registration the emulator rejects is shown inline and the draft is kept', async ({
  page,
}) => {
  await openTemplate(page, /^Multi-container \(ECS\)/);
  await expect
    .poll(() => savedDraftText(page))
    .toContain('my-multi-container-job');
  const before = await savedDraftText(page);

  await registerButton(page).click();

  const failure = failureAlert(page);
  await expect(failure).toContainText('Not registered: invalid request');
  await expect(failure).toContainText(
    'containerProperties or eksProperties must be provided',
  );
  expect(await savedDraftText(page)).toBe(before);
  await expect(
    page.getByRole('textbox', { name: 'Job definition name' }),
  ).toHaveValue('my-multi-container-job');
});

test('the Register button is disabled while the draft has errors, and says how many', async ({
  page,
}) => {
  await openTemplate(page, /^sleep10/);
  await expect(registerButton(page)).toBeEnabled();

  await page
    .getByRole('textbox', { name: 'Job definition name' })
    .fill('not a valid name!');

  await expect(registerButton(page)).toBeDisabled();
  await expect(page.getByText('Fix 1 error to register.')).toBeVisible();
});

test('guest credentials come from the emulator’s Cognito Identity and sign the Batch call', async ({
  page,
  emulator,
}) => {
  const calls = recordEmulatorCalls(page);
  await openTemplate(page, /^sleep10/);

  await registerButton(page).click();
  await expect(page.getByText('Registered sleep10:1')).toBeVisible();

  const getId = calls.find((call) => targetOf(call).endsWith('.GetId'));
  expect(getId?.postDataJSON()).toMatchObject({
    IdentityPoolId: emulator.identityPoolId,
  });
  const identity = await (await getId?.response())?.json();
  expect(identity.IdentityId).toMatch(/^us-east-1:/);

  const getCredentials = calls.find((call) =>
    targetOf(call).endsWith('.GetCredentialsForIdentity'),
  );
  expect(getCredentials?.postDataJSON()).toMatchObject({
    IdentityId: identity.IdentityId,
  });
  const issued = await (await getCredentials?.response())?.json();
  const accessKey: string = issued.Credentials.AccessKeyId;

  const register = calls.find(
    (call) => targetOf(call) === '/emulator/v1/registerjobdefinition',
  );
  expect(register?.headers()['authorization']).toContain(
    `Credential=${accessKey}/`,
  );
  expect(register?.headers()['x-amz-security-token']).toBe(
    issued.Credentials.SessionToken,
  );
});

test('with the emulator stopped, Register shows a network error and keeps the draft; after a restart it registers', async ({
  page,
}) => {
  await openTemplate(page, /^sleep10/);
  await registerButton(page).click();
  await expect(page.getByText('Registered sleep10:1')).toBeVisible();
  const before = await savedDraftText(page);

  try {
    await stopEmulator();
    await registerButton(page).click();

    const failure = failureAlert(page);
    // The SDK retries a failed call twice with backoff before giving up.
    await expect(failure).toContainText(
      'Not registered: network or CORS problem',
      { timeout: 30_000 },
    );
    // The credentials are still good: the call that failed is Batch's.
    await failure.getByText('Details').click();
    await expect(failure).toContainText('Batch DescribeJobDefinitions');
    await expect(failure).toContainText('start it again');
    expect(await savedDraftText(page)).toBe(before);
  } finally {
    await launchEmulator();
    await freshEmulator();
  }

  await registerButton(page).click();
  await expect(page.getByText('Registered sleep10:1')).toBeVisible();
  await expect(failureAlert(page)).toHaveCount(0);
});
