import { expect, test } from '@playwright/test';

test('opens the editor without uncaught errors', async ({ page }) => {
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));

  await page.goto('/');

  await expect(
    page.getByRole('heading', { level: 1, name: 'Editor' }),
  ).toBeVisible();
  await expect(page).toHaveTitle('jobdef studio');
  await expect(page.getByRole('tab', { name: 'Form' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'JSON' })).toBeVisible();
  expect(pageErrors.map((error) => error.message)).toEqual([]);
});

test('does not load the JSON editor until its tab opens', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/');
  await page
    .getByRole('textbox', { name: 'Job definition name' })
    .fill('early');
  await page.waitForLoadState('networkidle');
  const firstPage = [...scripts];
  // src/ui/monaco.ts sets up Monaco's workers as it loads: its chunk's name
  // depends on the bundler, this does not.
  const hasMonaco = () => page.evaluate(() => 'MonacoEnvironment' in self);
  expect(await hasMonaco()).toBe(false);

  await page.getByRole('tab', { name: 'JSON' }).click();
  await expect(
    page.getByRole('textbox', { name: 'Job definition JSON' }),
  ).toBeAttached({ timeout: 20_000 });

  expect(firstPage.some((url) => /json-view|monaco/i.test(url))).toBe(false);
  expect(scripts.length).toBeGreaterThan(firstPage.length);
  expect(await hasMonaco()).toBe(true);
});

for (const [path, title] of [
  ['/job-definitions', 'Job definitions'],
  ['/settings', 'Settings'],
] as const) {
  test(`a deep link to ${path} survives a reload`, async ({ page }) => {
    await page.goto(path);
    await expect(
      page.getByRole('heading', { level: 1, name: title }),
    ).toBeVisible();

    await page.reload();

    await expect(
      page.getByRole('heading', { level: 1, name: title }),
    ).toBeVisible();
    await page
      .getByRole('navigation')
      .getByRole('link', { name: 'Editor', exact: true })
      .click();
    await expect(page).toHaveURL('/');
  });
}

test('follows the system color scheme until the user picks one', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const body = page.locator('body');
  await expect(body).toHaveClass(/awsui-dark-mode/);

  await page
    .getByRole('button', { name: 'Appearance: Same as system' })
    .click();
  await page.getByRole('menuitemcheckbox', { name: 'Light' }).click();
  await expect(body).not.toHaveClass(/awsui-dark-mode/);
  await page.reload();

  await expect(
    page.getByRole('button', { name: 'Appearance: Light' }),
  ).toBeVisible();
  await expect(body).not.toHaveClass(/awsui-dark-mode/);
});
