import {
  BatchClient,
  RegisterJobDefinitionCommand,
  type RegisterJobDefinitionCommandInput,
} from '@aws-sdk/client-batch';
import type { Page } from '@playwright/test';

import { expect, test } from './support/aws-test';
import { pasteIntoJson, savedDraftText } from './support/editor';
import { EMULATOR_URL } from './support/emulator';
import type { RuntimeConfig } from '../scripts/emulator/seed';

test.use({
  permissions: ['clipboard-read', 'clipboard-write'],
  // Tall enough for Monaco to render every line of both sides.
  viewport: { width: 1600, height: 1800 },
});

/**
 * Registers revisions straight against the test's fresh emulator, as
 * another tool would.
 */
async function register(
  emulator: RuntimeConfig,
  definitions: readonly RegisterJobDefinitionCommandInput[],
): Promise<void> {
  const batch = new BatchClient({
    region: emulator.region,
    endpoint: EMULATOR_URL,
    // moto accepts any static credentials.
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  });
  for (const definition of definitions)
    await batch.send(new RegisterJobDefinitionCommand(definition));
  batch.destroy();
}

/**
 * A full definition each time: moto fills fields left out of a revision
 * from the previous one, where AWS would not.
 */
function nightly(
  image: string,
  memory: string,
  environment: { name: string; value: string }[],
): RegisterJobDefinitionCommandInput {
  return {
    jobDefinitionName: 'nightly',
    type: 'container',
    containerProperties: {
      image,
      command: ['sleep', '10'],
      resourceRequirements: [
        { type: 'VCPU', value: '1' },
        { type: 'MEMORY', value: memory },
      ],
      environment,
    },
  };
}

const A = { name: 'ALPHA', value: '1' };
const B = { name: 'BETA', value: '2' };

/** The text of one side of the diff as Monaco renders it. */
async function diffSide(page: Page, side: 'original' | 'modified') {
  const lines = page.locator(
    `[data-testid="compare-diff"] .editor.${side} .view-lines`,
  );
  await expect(lines).toContainText('jobDefinitionName', { timeout: 20_000 });
  return (await lines.innerText()).replaceAll('\u00a0', ' ');
}

function changes(page: Page) {
  return page.getByRole('list', { name: /change/ }).getByRole('listitem');
}

test('comparing revisions 1 and 3 names the real changes and hides AWS noise', async ({
  page,
  emulator,
}) => {
  await register(emulator, [
    nightly('busybox:1', '2048', [B, A]),
    nightly('busybox:1', '3072', [B, A]),
    nightly('busybox:2', '4096', [A, B]),
  ]);

  await page.goto('/job-definitions/nightly/compare?a=1&b=3');

  await expect(
    page.getByRole('heading', { name: 'nightly:1 vs nightly:3' }),
  ).toBeVisible();
  await expect(changes(page)).toHaveText([
    'image changed: busybox:1 → busybox:2',
    'memory 2048 → 4096 MiB',
  ]);
  const toggle = page.getByRole('checkbox', { name: 'Hide AWS defaults' });
  await expect(toggle).toBeChecked();

  const hidden = await diffSide(page, 'original');
  expect(hidden.indexOf('ALPHA')).toBeLessThan(hidden.indexOf('BETA'));
  expect(hidden).not.toContain('"volumes"');
  expect(hidden).not.toContain('jobDefinitionArn');

  await toggle.click();

  await expect(
    page.locator('[data-testid="compare-diff"] .editor.original .view-lines'),
  ).toContainText('"volumes": []');
  const raw = await diffSide(page, 'original');
  expect(raw.indexOf('BETA')).toBeLessThan(raw.indexOf('ALPHA'));
  expect(raw).toContain('job-definition/nightly:1');
  await expect(changes(page)).toHaveCount(2);

  await expect(page.getByText('Left: nightly:1')).toBeVisible();
  await expect(page.getByText('Right: nightly:3')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Breadcrumbs' })
    .getByRole('link', { name: 'nightly' })
    .click();
  await expect(page).toHaveURL(/\/job-definitions\/nightly$/);
});

test('comparing a revision with the draft set in the editor', async ({
  page,
  emulator,
}) => {
  await register(emulator, [nightly('busybox:1', '2048', [A])]);
  const draft = nightly('busybox:1', '4096', [A, { name: 'EMPTY', value: '' }]);
  await page.goto('/');
  await pasteIntoJson(page, JSON.stringify(draft, null, 2));
  await expect.poll(() => savedDraftText(page)).toContain('4096');

  await page.goto('/job-definitions/nightly/compare?a=1&b=draft');

  await expect(
    page.getByRole('heading', { name: /^nightly:1 vs the current draft \(/ }),
  ).toBeVisible();
  await expect(changes(page)).toHaveText(['memory 2048 → 4096 MiB']);
  expect(await diffSide(page, 'modified')).not.toContain('EMPTY');

  await page.getByRole('checkbox', { name: 'Hide AWS defaults' }).click();

  await expect(
    page.locator('[data-testid="compare-diff"] .editor.modified .view-lines'),
  ).toContainText('EMPTY');
  expect(await diffSide(page, 'original')).toContain('"volumes": []');
  expect(await diffSide(page, 'modified')).not.toContain('"volumes"');
});

test('two revisions of one content read as no differences', async ({
  page,
  emulator,
}) => {
  await register(emulator, [
    nightly('busybox:1', '2048', [A]),
    nightly('busybox:1', '2048', [A]),
  ]);

  await page.goto('/job-definitions/nightly/compare?a=1&b=2');

  await expect(page.getByText(/^No differences/)).toBeVisible();
});

test('a revision that does not exist is named, with a way back', async ({
  page,
  emulator,
}) => {
  await register(emulator, [nightly('busybox:1', '2048', [A])]);

  await page.goto('/job-definitions/nightly/compare?a=1&b=9');

  await expect(page.getByText('nightly:9 not found')).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'See the revisions of nightly' }),
  ).toBeVisible();
});

test('an address with a wrong revision says which one and what it needs', async ({
  page,
}) => {
  await page.goto('/job-definitions/x/compare?a=abc&b=draft');

  await expect(
    page.getByText('This comparison address is not valid'),
  ).toBeVisible();
  await expect(
    page.getByText(/a="abc" is not a revision number/),
  ).toBeVisible();
  await expect(page.getByText(/b=/)).toHaveCount(0);
});
