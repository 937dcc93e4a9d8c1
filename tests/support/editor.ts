import { expect, type Page } from '@playwright/test';

/** The editable part of the JSON view (Monaco's text area, or a plain one). */
export function jsonEditor(page: Page) {
  return page.getByRole('textbox', { name: 'Job definition JSON' });
}

/** Opens the JSON tab and waits until its editor can take input. */
export async function openJsonTab(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'JSON' }).click();
  await expect(jsonEditor(page)).toBeAttached({ timeout: 20_000 });
}

/**
 * Replaces the whole JSON text by select-all and paste in the JSON view, so
 * the editor's auto-closing of brackets and quotes adds nothing (needs the
 * clipboard permissions).
 */
export async function pasteIntoJson(page: Page, text: string): Promise<void> {
  await openJsonTab(page);
  await page.evaluate((pasted) => navigator.clipboard.writeText(pasted), text);
  await jsonEditor(page).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

/**
 * The text the JSON view shows. Monaco renders only the visible lines, with
 * non-breaking spaces: good for checking what is on screen near the top.
 */
export async function visibleJson(page: Page): Promise<string> {
  const lines = page.locator('.monaco-editor .view-lines');
  if ((await lines.count()) > 0) {
    return (await lines.innerText()).replaceAll('\u00a0', ' ');
  }
  return jsonEditor(page).inputValue();
}

/** The current draft's text as the app saved it in localStorage. */
export async function savedDraftText(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const raw = localStorage.getItem('jobdef-studio.drafts.v1');
    if (!raw) return undefined;
    const library: {
      currentId: string;
      drafts: { id: string; text: string }[];
    } = JSON.parse(raw);
    return library.drafts.find((draft) => draft.id === library.currentId)?.text;
  });
}

/** The text the app copied last (needs the clipboard permissions). */
export async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Picks an item of a Cloudscape button dropdown. */
export async function pickMenuItem(
  page: Page,
  button: string,
  item: RegExp,
): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await page.getByRole('menuitem', { name: item }).click();
}
