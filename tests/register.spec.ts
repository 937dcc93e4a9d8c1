import type { Page } from '@playwright/test';

import { expect, test } from './support/aws-test';
import { pickMenuItem } from './support/editor';

async function openTemplate(page: Page, template: RegExp): Promise<void> {
  await pickMenuItem(page, 'New from template', template);
  await page.getByRole('button', { name: 'Replace current draft' }).click();
}

function registerButton(page: Page) {
  return page.getByRole('button', { name: 'Register', exact: true });
}

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
});
