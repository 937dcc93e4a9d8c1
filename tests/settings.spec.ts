import type { Page } from '@playwright/test';

import { expect, test } from './support/aws-test';
import {
  freshEmulator,
  launchEmulator,
  stopEmulator,
} from './support/emulator';

/** Opens Advanced: endpoints, which starts open when an endpoint is set. */
async function openEndpoints(page: Page): Promise<void> {
  const header = page.getByRole('button', { name: /Advanced: endpoints/ });
  await expect(header).toBeVisible();
  if ((await header.getAttribute('aria-expanded')) !== 'true')
    await header.click();
  await expect(page.getByLabel('Batch endpoint')).toBeVisible();
}

test('says the emulator is not answering once it has stopped, and how to start it', async ({
  page,
  emulator,
}) => {
  expect(emulator.emulator?.status).toBe('running');
  await page.goto('/settings');
  await expect(page.getByText('The local emulator is running')).toBeVisible();

  try {
    await stopEmulator();
    await page.reload();

    await expect(
      page.getByText('The local emulator is not answering'),
    ).toBeVisible();
    await expect(page.getByText(/npm start/)).toBeVisible();
    await expect(page.getByText('The local emulator is running')).toHaveCount(
      0,
    );
  } finally {
    await launchEmulator();
    await freshEmulator();
  }
});

test('asks before leaving Settings with unsaved changes', async ({
  page,
  emulator,
}) => {
  expect(emulator.identityPoolId).toBeDefined();
  await page.goto('/settings');
  const pool = page.getByLabel('Identity pool ID');
  await pool.fill('us-east-1:00000000-0000-0000-0000-000000000000');
  await openEndpoints(page);
  await page.getByLabel('Batch endpoint').fill('/somewhere');

  await page.getByRole('link', { name: 'Editor' }).click();
  const dialog = page.getByRole('dialog', { name: 'Discard your changes?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep editing' }).click();

  await expect(page).toHaveURL(/\/settings$/);
  await expect(pool).toHaveValue(
    'us-east-1:00000000-0000-0000-0000-000000000000',
  );

  await page.getByRole('link', { name: 'Editor' }).click();
  await dialog.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page).not.toHaveURL(/\/settings$/);
});

test('names a path endpoint that is not an AWS API, without blaming AWS', async ({
  page,
  emulator,
}) => {
  expect(emulator.identityPoolId).toBeDefined();
  await page.goto('/settings');
  await openEndpoints(page);
  await page.getByLabel('Batch endpoint').fill('/not-an-api');
  await page.getByRole('button', { name: 'Test connection' }).click();

  const outcome = page.getByText(/Calling AWS Batch failed/);
  await expect(outcome).toContainText('the endpoint is not an AWS API', {
    timeout: 30_000,
  });
  await expect(
    page.getByText(/Check the Batch endpoint in Settings/),
  ).toContainText('/not-an-api');
  await expect(page.getByText(/your draft is unchanged/)).toHaveCount(0);
});

test('refuses a protocol-relative endpoint at its field', async ({
  page,
  emulator,
}) => {
  expect(emulator.identityPoolId).toBeDefined();
  await page.goto('/settings');
  await openEndpoints(page);
  await page.getByLabel('Batch endpoint').fill('//evil.example');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByText(/points at another host/).first()).toBeVisible();
  await expect(
    page.getByText('Fix the fields marked above, then save again.'),
  ).toBeVisible();
});
