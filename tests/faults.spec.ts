import type { Page } from '@playwright/test';

import { expect, test } from './support/aws-test';
import { EMULATOR_URL } from './support/emulator';
import { pickMenuItem, savedDraftText } from './support/editor';
import { clearFault, faultState, setFault } from './support/fault-proxy';

function registerButton(page: Page) {
  return page.getByRole('button', { name: 'Register', exact: true });
}

/** The inline failure under the editor's header (Cloudscape's alert group). */
function failureAlert(page: Page) {
  return page.getByRole('group').filter({ hasText: /^Not registered/ });
}

/** Revisions of a name the emulator holds, asked of it directly. */
async function revisionsInEmulator(name: string): Promise<number[]> {
  const response = await fetch(`${EMULATOR_URL}/v1/describejobdefinitions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      // moto reads the Region from the signature's scope; it checks no more.
      authorization:
        'AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/batch/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: JSON.stringify({ jobDefinitionName: name }),
  });
  const { jobDefinitions } = (await response.json()) as {
    jobDefinitions: { revision: number }[];
  };
  return jobDefinitions.map((each) => each.revision).sort();
}

// The emulator fixture first: the page must load the config of this test's pool.
test.beforeEach(async ({ page, emulator }) => {
  expect(emulator.identityPoolId).toBeDefined();
  await page.goto('/');
  await pickMenuItem(page, 'New from template', /^sleep10/);
  await page.getByRole('button', { name: 'Replace current draft' }).click();
  await expect.poll(() => savedDraftText(page)).toContain('"sleep10"');
});

test.afterEach(async () => {
  await clearFault();
});

test('a 500 answer: an unexpected error with its status, the draft kept; registering works once it is gone', async ({
  page,
}) => {
  const draft = await savedDraftText(page);
  await setFault({ kind: 'http-500' });

  await registerButton(page).click();

  const failure = failureAlert(page);
  await expect(failure).toContainText('Not registered: unexpected error');
  await expect(failure).toContainText('failed with HTTP 500');
  await expect(failure).toContainText('Try again.');
  // The SDK tried three times before giving up.
  expect((await faultState()).hits).toBe(3);
  expect(await savedDraftText(page)).toBe(draft);

  await clearFault();
  await registerButton(page).click();
  await expect(page.getByText('Registered sleep10:1')).toBeVisible();
  await expect(failure).toHaveCount(0);
});

test('throttling: retried with backoff, then a plain message; registering works once it is gone', async ({
  page,
}) => {
  const draft = await savedDraftText(page);
  await setFault({ kind: 'throttle' });

  await registerButton(page).click();

  const failure = failureAlert(page);
  await expect(failure).toContainText('Not registered: throttled');
  await expect(failure).toContainText(
    'AWS Batch is limiting the rate of requests. The app retried 2 times with growing waits, then gave up.',
  );
  await expect(failure).toContainText('Wait a minute, then try again.');
  expect((await faultState()).hits).toBe(3);
  expect(await savedDraftText(page)).toBe(draft);

  await clearFault();
  await registerButton(page).click();
  await expect(page.getByText('Registered sleep10:1')).toBeVisible();
});

test('a throttle that clears while the SDK retries ends in success', async ({
  page,
}) => {
  await setFault({ kind: 'throttle' }, 2);

  await registerButton(page).click();

  await expect(page.getByText('Registered sleep10:1')).toBeVisible();
  expect((await faultState()).hits).toBe(2);
  await expect(failureAlert(page)).toHaveCount(0);
});

test('expired credentials: a plain message, the draft kept, and fresh credentials on the retry', async ({
  page,
}) => {
  const fetches: string[] = [];
  page.on('request', (request) => {
    const target = request.headers()['x-amz-target'] ?? '';
    if (target.endsWith('.GetCredentialsForIdentity')) fetches.push(target);
  });
  await registerButton(page).click();
  await expect(page.getByText('Registered sleep10:1')).toBeVisible();
  expect(fetches).toHaveLength(1);
  const draft = await savedDraftText(page);

  // Batch now refuses the credentials the app holds, until it gets new ones.
  await setFault({ kind: 'expired-token' });
  await registerButton(page).click();

  const failure = failureAlert(page);
  await expect(failure).toContainText('Not registered: credentials problem');
  await expect(failure).toContainText(
    "AWS Batch refused the app's temporary AWS credentials: they had expired",
  );
  await expect(failure).toContainText('Try again: the app gets new ones.');
  expect(await savedDraftText(page)).toBe(draft);
  expect(fetches).toHaveLength(1);

  await registerButton(page).click();
  const question = page.getByRole('dialog', { name: /Nothing changed/ });
  await question.getByRole('button', { name: 'Register anyway' }).click();
  await expect(page.getByText('Registered sleep10:2')).toBeVisible();
  expect(fetches).toHaveLength(2);
  expect((await faultState()).fault).toBeNull();
});

test('a slow answer: the button shows the call in flight, a double click registers once, the result arrives', async ({
  page,
}) => {
  await setFault({ kind: 'delay', seconds: 3 });

  await registerButton(page).dblclick();

  await expect(page.getByText('Checking the newest revision…')).toBeVisible();
  await expect(registerButton(page)).toBeDisabled();
  await registerButton(page).click({ force: true });
  await expect(page.getByText('Registering…')).toBeVisible();
  await expect(page.getByText('Registered sleep10:1')).toBeVisible({
    timeout: 20_000,
  });
  await expect(registerButton(page)).toBeEnabled();
  expect(await revisionsInEmulator('sleep10')).toEqual([1]);
});
