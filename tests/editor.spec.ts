import { expect, test, type Page } from '@playwright/test';

import {
  clipboardText,
  jsonEditor,
  openJsonTab,
  pickMenuItem,
  pasteIntoJson,
  savedDraftText,
  visibleJson,
} from './support/editor';

const describeOutput = {
  jobDefinitions: [
    {
      jobDefinitionName: 'nightly-report',
      jobDefinitionArn:
        'arn:aws:batch:us-east-1:123456789012:job-definition/nightly-report:7',
      revision: 7,
      status: 'ACTIVE',
      type: 'container',
      containerProperties: {
        image: 'public.ecr.aws/docker/library/python:3.13',
        command: ['python', 'report.py'],
        resourceRequirements: [
          { type: 'VCPU', value: '2' },
          { type: 'MEMORY', value: '4096' },
        ],
      },
      tags: {},
    },
  ],
};

// Pasted, then typed to the end: a definition cut off in the middle.
const brokenStart = '{\n  "jobDefinitionName": "half-typed",\n  "type": "con';
const broken = `${brokenStart}tai`;

async function typeBrokenJson(page: Page): Promise<void> {
  await pasteIntoJson(page, brokenStart);
  // Monaco applies a paste asynchronously: typing before it lands would
  // replace the still-selected text instead of following the paste.
  await expect
    .poll(() => visibleJson(page))
    .toContain('"jobDefinitionName": "half-typed"');
  await page.keyboard.type('tai');
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('tab', { name: 'Form' })).toBeVisible();
});

test('a form edit appears in the JSON', async ({ page }) => {
  const name = page.getByRole('textbox', { name: 'Job definition name' });
  await name.fill('nightly-report');

  await openJsonTab(page);

  await expect
    .poll(() => visibleJson(page))
    .toContain('"jobDefinitionName": "nightly-report"');
});

test('pasted describe output fills the form and says what was stripped', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Paste' }).click();
  await page
    .getByRole('textbox', { name: 'JSON to paste' })
    .fill(JSON.stringify(describeOutput, null, 2));
  await page.getByRole('button', { name: 'Replace draft' }).click();

  await expect(
    page.getByRole('textbox', { name: 'Job definition name' }),
  ).toHaveValue('nightly-report');
  await expect(
    page.getByText(
      'Pasted describe-job-definitions output: converted to a request body',
    ),
  ).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'What the paste changed' }),
  ).toContainText('Removed revision (7)');
  await pickMenuItem(page, 'Export', /^Copy JSON/);
  expect(JSON.parse(await clipboardText(page))).toEqual({
    jobDefinitionName: 'nightly-report',
    type: 'container',
    containerProperties: describeOutput.jobDefinitions[0]?.containerProperties,
  });
});

test('broken JSON is kept exactly, and the form says why it is read-only', async ({
  page,
}) => {
  await typeBrokenJson(page);

  await pickMenuItem(page, 'Export', /^Copy JSON/);
  expect(await clipboardText(page)).toBe(broken);
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText(
    /Line \d+, column \d+/,
  );
  await page.getByRole('tab', { name: 'Form' }).click();
  const form = page.getByRole('tabpanel', { name: 'Form' });
  await expect(
    form.getByText('The form is read-only until the JSON parses'),
  ).toBeVisible();
  await expect(
    form.getByText(/syntax error at line 3, column \d+/),
  ).toBeVisible();
  await expect(
    form.getByRole('textbox', { name: 'Job definition name' }),
  ).not.toBeEditable();
});

test('a reload right after typing brings the draft back, broken JSON included', async ({
  page,
}) => {
  await typeBrokenJson(page);

  // At once, within the 100 ms in which saves are coalesced: the page saves
  // what is pending when it is hidden.
  await page.reload();

  await expect(
    page.getByText('The form is read-only until the JSON parses'),
  ).toBeVisible();
  await pickMenuItem(page, 'Export', /^Copy JSON/);
  expect(await clipboardText(page)).toBe(broken);
  await openJsonTab(page);
  await expect.poll(() => visibleJson(page)).toContain('"type": "contai');
});

test('the JSON editor works with every request beyond the app’s own server blocked', async ({
  page,
  baseURL,
}) => {
  const own = new URL(baseURL ?? '').origin;
  const blocked: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (
      new URL(url).origin === own ||
      url.startsWith('data:') ||
      url.startsWith('blob:')
    ) {
      return route.continue();
    }
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  await page.reload();

  await pasteIntoJson(
    page,
    '{\n  "jobDefinitionName": "offline",\n  "type": "container"\n}\n',
  );
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(' check');

  await expect(page.getByRole('list', { name: 'Problems' })).toContainText(
    'jobDefinitionName',
  );
  await expect(page.locator('.monaco-editor .squiggly-error')).not.toHaveCount(
    0,
  );
  await expect
    .poll(() => savedDraftText(page))
    .toContain('"jobDefinitionName": "offline check"');
  await expect(jsonEditor(page)).toBeFocused();
  expect(blocked).toEqual([]);
});

test('a problem opens the JSON view at its place, and the form at its field', async ({
  page,
}) => {
  await page
    .getByRole('textbox', { name: 'Job definition name' })
    .fill('has space');

  await page
    .getByRole('button', { name: 'Show in JSON: jobDefinitionName' })
    .click();

  await expect(page.getByRole('tab', { name: 'JSON' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(jsonEditor(page)).toBeFocused({ timeout: 20_000 });

  await page
    .getByRole('button', { name: 'Show in form: jobDefinitionName' })
    .click();

  await expect(
    page.getByRole('textbox', { name: 'Job definition name' }),
  ).toBeFocused();
});

test('each saved draft opens with its own JSON', async ({ page }) => {
  await openJsonTab(page);
  await pickMenuItem(page, 'New from template', /^sleep10/);
  await page.getByRole('button', { name: 'Open as new draft' }).click();
  await expect
    .poll(() => visibleJson(page))
    .toContain('"jobDefinitionName": "sleep10"');

  await page.getByRole('button', { name: /^Draft / }).click();
  await page.getByRole('option', { name: 'EC2 container' }).click();

  await expect
    .poll(() => visibleJson(page))
    .toContain('"jobDefinitionName": "my-ec2-job"');
  await page.reload();
  await expect(page.getByRole('button', { name: /^Draft / })).toContainText(
    'EC2 container',
  );
});

test('undo in the JSON view still works after switching tabs', async ({
  page,
}) => {
  await pasteIntoJson(page, '{\n  "jobDefinitionName": "undo"\n}\n');
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('x');
  await expect
    .poll(() => savedDraftText(page))
    .toBe('{\n  "jobDefinitionName": "undo"\n}\nx');

  await page.getByRole('tab', { name: 'Form' }).click();
  await openJsonTab(page);
  await jsonEditor(page).focus();
  await page.keyboard.press('ControlOrMeta+Z');

  await expect
    .poll(() => savedDraftText(page))
    .toBe('{\n  "jobDefinitionName": "undo"\n}\n');
});

test('a change made just as the page unloads is saved', async ({ page }) => {
  await page.getByRole('button', { name: 'Paste' }).click();
  await page.getByRole('textbox', { name: 'JSON to paste' }).fill(broken);
  const replace = page.getByRole('button', { name: 'Replace draft' });

  // The change and the reload in one task, well within the 100 ms in which
  // saves are coalesced: only the save on pagehide can keep it.
  await replace.evaluate((button: HTMLElement) => {
    button.click();
    window.location.reload();
  });

  await expect(
    page.getByText('The form is read-only until the JSON parses'),
  ).toBeVisible();
  expect(await savedDraftText(page)).toBe(broken);
});
