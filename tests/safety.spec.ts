import type { Page } from '@playwright/test';

import { expect, test } from './support/aws-test';
import { addUser } from './support/emulator';
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
  const policy = await page.evaluate(
    () =>
      document.querySelector('meta#connect-policy')?.getAttribute('content') ??
      '',
  );
  const [directive, ...sources] = policy.split(' ');
  return directive === 'connect-src' ? sources : [];
}

/** Every value the page keeps: storages, IndexedDB, caches, cookies. */
async function everythingStored(page: Page): Promise<string> {
  const inPage = await page.evaluate(async () => {
    const entries = (storage: Storage) =>
      Object.keys(storage).map((key) => [key, storage.getItem(key)]);
    const databases = await Promise.all(
      (await indexedDB.databases()).map(
        ({ name }) =>
          new Promise<unknown>((resolve, reject) => {
            const request = indexedDB.open(name ?? '');
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const db = request.result;
              const names = [...db.objectStoreNames];
              if (names.length === 0) return resolve([name, []]);
              const transaction = db.transaction(names, 'readonly');
              const stores = names.map((store) => {
                const all = transaction.objectStore(store).getAll();
                const keys = transaction.objectStore(store).getAllKeys();
                return { store, all, keys };
              });
              transaction.oncomplete = () =>
                resolve([
                  name,
                  stores.map(({ store, all, keys }) => [
                    store,
                    keys.result,
                    all.result,
                  ]),
                ]);
            };
          }),
      ),
    );
    const caches = await Promise.all(
      (await window.caches.keys()).map(async (cacheName) => {
        const cache = await window.caches.open(cacheName);
        const requests = await cache.keys();
        return Promise.all(
          requests.map(async (request) => [
            request.url,
            await (await cache.match(request))?.text(),
          ]),
        );
      }),
    );
    return {
      localStorage: entries(localStorage),
      sessionStorage: entries(sessionStorage),
      databases,
      caches,
    };
  });
  const cookies = await page.context().cookies();
  return JSON.stringify({ ...inPage, cookies });
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

test('saving another region reloads the page with its endpoints', async ({
  page,
}) => {
  await page.goto('/settings');
  const origin = new URL(page.url()).origin;
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();

  await page.getByRole('button', { name: /^Region/ }).click();
  await page.getByRole('option', { name: /^eu-west-1/ }).click();
  await page.getByRole('button', { name: 'Save' }).click();

  // The pools of the emulator stay in us-east-1: their Cognito endpoints too.
  await expect
    .poll(() => connectSources(page))
    .toEqual([
      "'self'",
      'https://batch.eu-west-1.amazonaws.com',
      'https://cognito-identity.eu-west-1.amazonaws.com',
      'https://cognito-identity.us-east-1.amazonaws.com',
      'https://cognito-idp.eu-west-1.amazonaws.com',
      'https://cognito-idp.us-east-1.amazonaws.com',
      'https://sts.eu-west-1.amazonaws.com',
      origin,
    ]);
  await expect(page.getByRole('button', { name: /^Region/ })).toContainText(
    'eu-west-1',
  );
});

test('no credential, token or password reaches browser storage', async ({
  page,
  emulator,
}) => {
  // The emulator's user pool signs users in by email (scripts/emulator).
  const USERNAME = 'storage-check@example.com';
  const password = 'Storage-check-passw0rd!';
  await addUser(emulator, USERNAME, password);
  const secrets: string[] = [password];
  page.on('response', async (response) => {
    if (!response.url().includes('/emulator')) return;
    const text = await response.text().catch(() => '');
    for (const match of text.matchAll(
      /"(IdToken|AccessToken|RefreshToken|AccessKeyId|SecretKey|SecretAccessKey|SessionToken)"\s*:\s*"([^"]+)"/g,
    ))
      secrets.push(match[2] ?? '');
  });

  await page.goto('/settings');
  await page.getByRole('radio', { name: /Cognito user pool/ }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('textbox', { name: 'Username' }).fill(USERNAME);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${USERNAME}.`)).toBeVisible({
    timeout: 30_000,
  });

  // The session lives in memory: leave Settings without a reload.
  await page.getByRole('link', { name: 'Editor' }).first().click();
  await pickMenuItem(page, 'New from template', /^EC2 container/);
  await page.getByRole('button', { name: 'Replace current draft' }).click();
  await page
    .getByRole('textbox', { name: 'Job definition name' })
    .fill('storage-check');
  await page.getByRole('button', { name: /^Register/ }).click();
  await expect(page.getByText('Registered storage-check:1')).toBeVisible({
    timeout: 30_000,
  });

  // The password, three tokens and three parts of the credentials at least.
  expect(secrets.length).toBeGreaterThanOrEqual(7);
  const stored = await everythingStored(page);
  // The draft is stored, so the search did look at the right places.
  expect(stored).toContain('storage-check');
  for (const secret of secrets) expect(stored).not.toContain(secret);
});

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';

test('user text that looks like HTML shows literally and never runs', async ({
  page,
}) => {
  const watched = await watchPolicy(page);
  const pasted = {
    jobDefinitions: [
      {
        jobDefinitionName: IMG,
        jobDefinitionArn: `arn:aws:batch:us-east-1:123456789012:job-definition/x:1`,
        revision: 1,
        status: 'ACTIVE',
        type: 'container',
        containerProperties: {
          image: SCRIPT,
          resourceRequirements: [
            { type: 'VCPU', value: '1' },
            { type: 'MEMORY', value: '2048' },
          ],
          environment: [{ name: 'HTML', value: IMG }],
          [SCRIPT]: IMG,
        },
        tags: { [IMG]: SCRIPT },
      },
    ],
  };

  await page.goto('/');
  await page.getByRole('button', { name: 'Paste' }).click();
  await page
    .getByRole('textbox', { name: 'JSON to paste' })
    .fill(JSON.stringify(pasted, null, 2));
  await page.getByRole('button', { name: 'Replace draft' }).click();

  // The form and the problems panel show the text as it is.
  await expect(
    page.getByRole('textbox', { name: 'Job definition name' }),
  ).toHaveValue(IMG);
  await expect(page.getByRole('textbox', { name: /^Image/ })).toHaveValue(
    SCRIPT,
  );
  await expect(page.getByText(SCRIPT, { exact: false }).first()).toBeVisible();
  // The notice of the paste says what it converted, in plain text.
  await expect(page.getByText(/Pasted describe-job-definitions/)).toBeVisible();

  // Monaco shows the text, and its problem markers hold the messages.
  await openJsonTab(page);
  await expect
    .poll(() => page.locator('.monaco-editor .view-lines').innerText())
    .toContain('<script>window.__xss=2</script>');
  const markers = await page.evaluate(
    () =>
      [...document.querySelectorAll('.monaco-editor .squiggly-error')].length,
  );
  expect(markers).toBeGreaterThan(0);
  // A marker's hover renders its message as text. Monaco shows a hover
  // only after the pointer rests, and may drop one while it lays out on a
  // busy machine: move away and hover again until it shows.
  const squiggle = page.locator('.monaco-editor .squiggly-error').last();
  await expect(async () => {
    await page.mouse.move(0, 0);
    await squiggle.hover({ force: true });
    await expect(page.locator('.monaco-hover:visible').first()).toContainText(
      'Use 1 to 128 letters',
      { timeout: 3_000 },
    );
  }).toPass({ timeout: 20_000 });

  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('body script:not([src])').count()).toBe(0);
  expect(await page.evaluate(() => '__xss' in window)).toBe(false);
  expect(watched.violations).toEqual([]);
});
