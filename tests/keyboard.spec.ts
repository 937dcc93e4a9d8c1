import type { Locator, Page } from '@playwright/test';

import { expect, test } from './support/aws-test';

/** Presses Tab (or Shift+Tab) until `target` has the focus. */
async function tabTo(
  page: Page,
  target: Locator,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
): Promise<void> {
  for (let presses = 0; presses < 80; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement))
      return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target.toString()}.`);
}

test('template, edit, register and open the revision with the keyboard alone', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('tab', { name: 'Form' })).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'New from template' }));
  await page.keyboard.press('Enter');
  // The menu opens on its first item, EC2 container; Arrow keys move on.
  await expect(
    page.getByRole('menuitem', { name: /^EC2 container/ }),
  ).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('dialog', { name: 'Start from “EC2 container”?' }),
  ).toBeVisible();
  const replace = page.getByRole('button', { name: 'Replace current draft' });
  await tabTo(page, replace);
  await page.keyboard.press('Enter');
  await expect(replace).toBeHidden();

  const name = page.getByRole('textbox', { name: 'Job definition name' });
  await tabTo(page, name);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('keyboard-only');
  await expect(name).toHaveValue('keyboard-only');

  await tabTo(
    page,
    page.getByRole('button', { name: 'Register', exact: true }),
    'Shift+Tab',
  );
  await page.keyboard.press('Enter');
  await expect(page.getByText('Registered keyboard-only:1')).toBeVisible({
    timeout: 30_000,
  });

  // The revision page is built separately: the link and where it leads.
  const open = page.getByRole('link', { name: 'Open keyboard-only:1' });
  await expect(open).toHaveAttribute(
    'href',
    '/job-definitions/keyboard-only/1',
  );
  await tabTo(page, open);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/job-definitions/keyboard-only/1');
});
