import {
  BatchClient,
  RegisterJobDefinitionCommand,
} from '@aws-sdk/client-batch';
import type { Page } from '@playwright/test';

import { REGION } from '../scripts/emulator/seed';
import { expect, test } from './support/aws-test';
import { EMULATOR_URL } from './support/emulator';

const NAME = 'history-demo';

// Three revisions with differences: memory grows in 2, the image changes
// and a variable is added in 3.
const REVISIONS = [
  { image: 'busybox:1.36', memory: '2048', environment: [] },
  { image: 'busybox:1.36', memory: '4096', environment: [] },
  {
    image: 'busybox:1.37',
    memory: '4096',
    environment: [{ name: 'MODE', value: 'fast' }],
  },
];

/** Registers the three revisions straight into the emulator, as the CLI would. */
async function registerThreeRevisions(): Promise<void> {
  // moto does not check signatures: any key will do.
  const batch = new BatchClient({
    region: REGION,
    endpoint: EMULATOR_URL,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  });
  for (const revision of REVISIONS) {
    await batch.send(
      new RegisterJobDefinitionCommand({
        jobDefinitionName: NAME,
        type: 'container',
        containerProperties: {
          image: revision.image,
          command: ['echo', 'hello'],
          environment: revision.environment,
          resourceRequirements: [
            { type: 'VCPU', value: '1' },
            { type: 'MEMORY', value: revision.memory },
          ],
        },
      }),
    );
  }
  batch.destroy();
}

const arn = (revision: number) =>
  `arn:aws:batch:${REGION}:123456789012:job-definition/${NAME}:${revision}`;

function revisionRow(page: Page, revision: number) {
  return page.getByRole('row').filter({
    has: page.getByRole('link', { name: `Revision ${revision}`, exact: true }),
  });
}

async function openRevisions(page: Page): Promise<void> {
  await page.goto(`/job-definitions/${NAME}`);
  await expect(revisionRow(page, 1)).toBeVisible({ timeout: 20_000 });
}

test.beforeEach(async ({ emulator }) => {
  expect(emulator.identityPoolId).toBeTruthy();
  await registerThreeRevisions();
});

test('the list shows the name with its newest revision, and its page all three revisions', async ({
  page,
}) => {
  const describes: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('describejobdefinitions'))
      describes.push(request.url());
  });
  await page.goto('/job-definitions');

  const row = page.getByRole('row').filter({
    has: page.getByRole('link', { name: NAME, exact: true }),
  });
  await expect(row).toBeVisible({ timeout: 20_000 });
  await expect(
    row.getByRole('link', { name: `${NAME} revision 3` }),
  ).toBeVisible();
  await expect(row).toContainText('busybox:1.37');
  await expect(row).toContainText('Active');

  // The name filter searches the loaded rows: typing sends nothing to AWS.
  const loadedWith = describes.length;
  expect(loadedWith).toBeGreaterThan(0);
  const filter = page.getByRole('searchbox', { name: 'Filter loaded names' });
  await filter.pressSequentially('no-such-name', { delay: 20 });
  await expect(page.getByText('No loaded name contains')).toBeVisible();
  await expect(
    page.getByRole('link', {
      name: 'Look up the exact name no-such-name in AWS',
    }),
  ).toBeVisible();
  await filter.fill('demo');
  await expect(row).toBeVisible();
  expect(describes).toHaveLength(loadedWith);

  await row.getByRole('link', { name: NAME, exact: true }).click();

  await expect(page).toHaveURL(`/job-definitions/${NAME}`);
  for (const revision of [1, 2, 3]) {
    await expect(revisionRow(page, revision)).toBeVisible();
  }
  await expect(revisionRow(page, 1)).toContainText('2048 MiB');
  await expect(revisionRow(page, 2)).toContainText('4096 MiB');
  await expect(revisionRow(page, 3)).toContainText('busybox:1.37');
  const numbers = await page
    .getByRole('link', { name: /^Revision \d+$/ })
    .allInnerTexts();
  expect(numbers).toEqual(['3', '2', '1']);
});

test('selecting revisions 1 and 3 and Compare shows what changed between them', async ({
  page,
}) => {
  await openRevisions(page);
  const compare = page.getByRole('button', { name: 'Compare', exact: true });

  await page.getByRole('checkbox', { name: 'Select revision 1' }).check();
  await expect(compare).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Select revision 3' }).check();
  await compare.click();

  await expect(page).toHaveURL(
    new RegExp(`/job-definitions/${NAME}/compare\\?a=1&b=3$`),
  );
  await expect(
    page.getByRole('heading', { name: `${NAME}:1 vs ${NAME}:3` }),
  ).toBeVisible({ timeout: 20_000 });
  const changes = page.getByRole('list', { name: /change/ });
  await expect(changes.getByRole('listitem')).toHaveText(
    [
      'image changed: busybox:1.36 → busybox:1.37',
      'memory 2048 → 4096 MiB',
      'environment variable MODE added',
    ],
    { timeout: 20_000 },
  );
  await expect(
    page.getByRole('checkbox', { name: 'Hide AWS defaults' }),
  ).toBeChecked();
});

test('deregistering revision 1 after the confirmation shows it inactive', async ({
  page,
}) => {
  await openRevisions(page);

  await page.getByRole('checkbox', { name: 'Select revision 1' }).check();
  await page.getByRole('button', { name: 'Deregister', exact: true }).click();

  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(arn(1));
  await expect(dialog).toContainText('cannot be reactivated');
  await expect(dialog).toContainText('after 180 days');
  await dialog.getByRole('button', { name: 'Deregister 1 revision' }).click();

  await expect(dialog).toBeHidden();
  await expect(revisionRow(page, 1)).toContainText('Inactive');
  await expect(revisionRow(page, 2)).toContainText('Active');
  await expect(revisionRow(page, 3)).toContainText('Active');

  await page.goto('/job-definitions?status=inactive');
  await expect(
    page.getByRole('link', { name: `${NAME} revision 1` }),
  ).toBeVisible({ timeout: 20_000 });
});

test('editing revision 2 as a new revision and registering it gives revision 4', async ({
  page,
}) => {
  await openRevisions(page);

  await page.getByRole('checkbox', { name: 'Select revision 2' }).check();
  await page.getByRole('button', { name: 'Edit as new revision' }).click();

  await expect(page).toHaveURL('/');
  await expect(page.getByText(`Opened ${NAME}:2 as a new draft`)).toBeVisible();
  const changes = page.getByRole('list', { name: 'What was changed' });
  await expect(changes).toContainText('Removed jobDefinitionArn');
  await expect(changes).toContainText('Removed revision (2)');

  await page.getByRole('button', { name: 'Register', exact: true }).click();

  await expect(page.getByText(`Registered ${NAME}:4`)).toBeVisible({
    timeout: 20_000,
  });
  await page.getByRole('link', { name: `Open ${NAME}:4` }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `${NAME}:4` }),
  ).toBeVisible();
  await expect(page.getByText('vCPU 1, memory 4096 MiB')).toBeVisible();
});

test('a deep link to one revision survives a reload', async ({ page }) => {
  await page.goto(`/job-definitions/${NAME}/2`);
  const heading = page.getByRole('heading', { level: 1, name: `${NAME}:2` });
  await expect(heading).toBeVisible({ timeout: 20_000 });

  await page.reload();

  await expect(heading).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(arn(2))).toBeVisible();
  await expect(page.getByText('1 vCPU, 4096 MiB')).toBeVisible();
  await expect(page.getByText('Job definition name')).toBeVisible();
  await expect(page.getByText('jobDefinitionName')).toHaveCount(0);
  await page.getByRole('tab', { name: 'JSON' }).click();
  await expect(
    page.getByRole('textbox', { name: 'Revision JSON' }),
  ).toBeAttached({ timeout: 20_000 });
});

test('the cleanup keeps the newest active revisions and deregisters the rest', async ({
  page,
}) => {
  await openRevisions(page);

  await page.getByRole('button', { name: 'Keep newest active…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Active revisions to keep').fill('1');

  const listed = dialog.getByRole('list', { name: 'Revisions to deregister' });
  await expect(listed.getByRole('listitem')).toHaveText([arn(2), arn(1)]);
  await expect(dialog).toContainText('cannot be reactivated');
  await dialog.getByRole('button', { name: 'Deregister 2 revisions' }).click();

  await expect(dialog).toBeHidden();
  await expect(revisionRow(page, 1)).toContainText('Inactive');
  await expect(revisionRow(page, 2)).toContainText('Inactive');
  await expect(revisionRow(page, 3)).toContainText('Active');
});
