import { newBenchContext } from './launch';
import type { Browser, BrowserContext, Page } from '@playwright/test';

import { largeDefinition } from '../large-definitions';
import { seedDraft } from './seed-draft';

export const NAME_LABEL = 'Job definition name';

export interface OpenEditor {
  readonly context: BrowserContext;
  readonly page: Page;
  /** The large definition's text as loaded. */
  readonly text: string;
  readonly name: string;
  /** The id of the form's Job definition name input. */
  readonly nameInputId: string;
}

/**
 * A new context whose draft library holds the large definition, with the
 * editor open on it (the Form tab) and the bench probe exposed.
 */
export async function openLargeDraft(
  browser: Browser,
  url: string,
  definition: string,
): Promise<OpenEditor> {
  const value = largeDefinition(definition);
  const text = JSON.stringify(value, null, 2);
  const context = await newBenchContext(browser);
  await seedDraft(context, text);
  const page = await context.newPage();
  await page.goto(`${url}/?bench-probe`);
  const nameInput = page.getByLabel(NAME_LABEL, { exact: true });
  await nameInput.waitFor({ timeout: 60_000 });
  const nameInputId = await nameInput.getAttribute('id');
  if (!nameInputId) throw new Error('The name input has no id.');
  return {
    context,
    page,
    text,
    name: String(value.jobDefinitionName),
    nameInputId,
  };
}

/** Opens the JSON tab and waits for Monaco to hold the draft. */
export async function openJsonTab(page: Page) {
  await page.getByRole('tab', { name: 'JSON' }).click();
  await page
    .locator('.monaco-editor .view-lines')
    .first()
    .waitFor({ timeout: 60_000 });
}

export async function openFormTab(page: Page) {
  await page.getByRole('tab', { name: 'Form' }).click();
  await page.getByLabel(NAME_LABEL, { exact: true }).waitFor();
}
