import { expect, test } from '@playwright/test';

test('renders the app shell without uncaught errors', async ({ page }) => {
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));

  await page.goto('/');

  await expect(
    page.getByRole('heading', { level: 1, name: 'jobdef studio' }),
  ).toBeVisible();
  await expect(page).toHaveTitle('jobdef studio');
  expect(pageErrors.map((error) => error.message)).toEqual([]);
});
