import AxeBuilder from '@axe-core/playwright';
import {
  BatchClient,
  RegisterJobDefinitionCommand,
} from '@aws-sdk/client-batch';
import type { Page } from '@playwright/test';

import { REGION } from '../scripts/emulator/seed';

import { expect, test } from './support/aws-test';
import { openJsonTab, pickMenuItem, pasteIntoJson } from './support/editor';
import { EMULATOR_URL } from './support/emulator';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Serious and critical axe violations of the page as it is now. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter(
      (violation) =>
        violation.impact === 'serious' || violation.impact === 'critical',
    )
    .map((violation) => ({
      rule: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

async function openEditor(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('tab', { name: 'Form' })).toBeVisible();
}

async function loadTemplate(page: Page, name: RegExp): Promise<void> {
  await pickMenuItem(page, 'New from template', name);
  await page.getByRole('button', { name: 'Replace current draft' }).click();
}

// Pages that need no set-up: one line each. The history pages, which need
// registered revisions, are checked below.
const PAGES: readonly { name: string; path: string; ready: string }[] = [
  { name: 'Settings', path: '/settings', ready: 'Test connection' },
  { name: 'Job definitions', path: '/job-definitions', ready: '' },
  { name: 'a page that does not exist', path: '/no/such/page', ready: '' },
];

for (const { name, path, ready } of PAGES)
  test(`${name} has no serious accessibility violation`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (ready)
      await expect(page.getByRole('button', { name: ready })).toBeVisible();

    expect(await seriousViolations(page)).toEqual([]);
  });

test('the editor form with a template has no serious violation', async ({
  page,
}) => {
  await openEditor(page);
  await loadTemplate(page, /^Multi-node parallel/);

  expect(await seriousViolations(page)).toEqual([]);
});

test('the editor with errors and the problems panel has no serious violation', async ({
  page,
}) => {
  await openEditor(page);
  await pasteIntoJson(
    page,
    JSON.stringify({
      jobDefinitionName: 'bad name',
      type: 'container',
      platformCapabilities: ['FARGATE'],
      containerProperties: {
        image: '',
        resourceRequirements: [{ type: 'VCPU', value: '3' }],
        mystery: true,
      },
    }),
  );
  await expect(
    page.getByRole('button', { name: /^Show in JSON/ }).first(),
  ).toBeVisible();

  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('tab', { name: 'Form' }).click();
  await expect(
    page.getByRole('textbox', { name: 'Job definition name' }),
  ).toHaveValue('bad name');

  expect(await seriousViolations(page)).toEqual([]);
});

test('the JSON tab has no serious violation', async ({ page }) => {
  await openEditor(page);
  await openJsonTab(page);

  expect(await seriousViolations(page)).toEqual([]);
});

test('dark mode has no serious violation', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openEditor(page);
  await loadTemplate(page, /^Fargate container/);
  await expect(page.locator('body.awsui-dark-mode')).toBeAttached();

  expect(await seriousViolations(page)).toEqual([]);

  await openJsonTab(page);
  expect(await seriousViolations(page)).toEqual([]);
});

/** Two revisions of one name, registered straight into the emulator. */
async function registerTwoRevisions(name: string): Promise<void> {
  // moto does not check signatures: any key will do.
  const batch = new BatchClient({
    region: REGION,
    endpoint: EMULATOR_URL,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  });
  for (const memory of ['2048', '4096']) {
    await batch.send(
      new RegisterJobDefinitionCommand({
        jobDefinitionName: name,
        type: 'container',
        containerProperties: {
          image: 'busybox:1.36',
          command: ['echo', 'hello'],
          resourceRequirements: [
            { type: 'VCPU', value: '1' },
            { type: 'MEMORY', value: memory },
          ],
        },
      }),
    );
  }
  batch.destroy();
}

test('the history pages with revisions have no serious violation', async ({
  page,
  emulator,
}) => {
  expect(emulator.identityPoolId).toBeTruthy();
  await registerTwoRevisions('a11y-demo');
  const pages: readonly { path: string; ready: RegExp | string }[] = [
    { path: '/job-definitions', ready: 'a11y-demo' },
    { path: '/job-definitions/a11y-demo', ready: '4096 MiB' },
    { path: '/job-definitions/a11y-demo/1', ready: /Edit as new revision/ },
    { path: '/job-definitions/a11y-demo/compare?a=1&b=2', ready: /memory/ },
  ];
  for (const { path, ready } of pages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(ready).first()).toBeVisible({
      timeout: 20_000,
    });
    expect({ path, violations: await seriousViolations(page) }).toEqual({
      path,
      violations: [],
    });
  }
});
