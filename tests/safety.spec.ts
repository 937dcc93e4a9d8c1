import type { Page } from '@playwright/test';

import { expect, test } from './support/aws-test';
import { openJsonTab, pickMenuItem } from './support/editor';
import { watchPolicy } from './csp-watch';

/** The part of the browser's Trusted Types factory a test uses. */
interface TrustedTypes {
  createPolicy(
    name: string,
    rules: { createScript: (text: string) => string },
  ): { createScript(text: string): unknown };
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The connect-src sources of the page's second policy, in order. */
async function connectSources(page: Page): Promise<string[]> {
  const policy = await page
    .locator('meta#connect-policy')
    .getAttribute('content');
  expect(policy).toMatch(/^connect-src /);
  return (policy ?? '').split(' ').slice(1);
}

test('the main flows run with no policy violation', async ({ page }) => {
  const watched = await watchPolicy(page);

  await page.goto('/');
  await pickMenuItem(page, 'New from template', /^EC2 container/);
  await page.getByRole('button', { name: 'Replace current draft' }).click();
  await page
    .getByRole('textbox', { name: 'Job definition name' })
    .fill('csp-check');
  await openJsonTab(page);
  await page.getByRole('button', { name: /^Register/ }).click();
  await expect(page.getByText('Registered csp-check:1')).toBeVisible({
    timeout: 30_000,
  });
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByText('Connected')).toBeVisible({ timeout: 30_000 });
  await page.goto('/job-definitions');

  expect(watched.violations).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
});

test('an inline script or handler put into the page does not run', async ({
  page,
}) => {
  const watched = await watchPolicy(page);
  await page.goto('/');
  await expect(page.getByRole('tab', { name: 'Form' })).toBeVisible();

  // Trusted Types refuse a plain string as script text outright.
  const plain = await page.evaluate(() => {
    const script = document.createElement('script');
    try {
      script.textContent = 'window.__injected = "plain"';
      return 'assigned';
    } catch (error) {
      return String(error);
    }
  });
  expect(plain).toMatch(/TrustedScript/);

  // Past Trusted Types (a policy of its own), script-src still refuses it;
  // an inline event handler too.
  await page.evaluate(() => {
    const factory = (window as unknown as { trustedTypes: TrustedTypes })
      .trustedTypes;
    const policy = factory.createPolicy('test-injection', {
      createScript: (text: string) => text,
    });
    const script = document.createElement('script');
    script.textContent = policy.createScript(
      'window.__injected = "trusted"',
    ) as unknown as string;
    document.body.append(script);
    const image = document.createElement('img');
    image.setAttribute(
      'onerror',
      policy.createScript('window.__injected = "handler"') as unknown as string,
    );
    image.src = 'data:,broken';
    document.body.append(image);
  });

  await expect
    .poll(() => watched.violations)
    .toEqual([
      expect.stringMatching(
        /^require-trusted-types-for blocked trusted-types-sink/,
      ),
      expect.stringMatching(/^script-src-elem blocked inline/),
      expect.stringMatching(/^script-src-attr blocked inline/),
    ]);
  expect(await page.evaluate(() => '__injected' in window)).toBe(false);
});

test('a fetch to another origin is blocked', async ({ page }) => {
  const watched = await watchPolicy(page);
  await page.goto('/');
  await expect(page.getByRole('tab', { name: 'Form' })).toBeVisible();

  const outcome = await page.evaluate(() =>
    fetch('https://example.com/').then(
      () => 'answered',
      (error: unknown) => String(error),
    ),
  );

  expect(outcome).toMatch(/TypeError/);
  expect(watched.violations).toEqual([
    expect.stringMatching(/^connect-src blocked https:\/\/example.com/),
  ]);
});

test('connect-src names the region endpoints and the overrides', async ({
  page,
}) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;

  expect(await connectSources(page)).toEqual([
    "'self'",
    'https://batch.us-east-1.amazonaws.com',
    'https://cognito-identity.us-east-1.amazonaws.com',
    'https://cognito-idp.us-east-1.amazonaws.com',
    'https://sts.us-east-1.amazonaws.com',
    origin,
  ]);
});
