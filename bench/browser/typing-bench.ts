import { newBenchContext } from './launch';
import type { Browser } from '@playwright/test';

import { summarize, type Summary } from '../stats';
import {
  NAME_LABEL,
  openFormTab,
  openJsonTab,
  openLargeDraft,
} from './editor-page';
import { timeKeystrokes, type TypingPlan } from './keystrokes';
import type { KeystrokeSample } from './page-timer';

export interface TypingBench {
  readonly name: string;
  readonly keystrokes: number;
  /** Key event until the frame showing the change has painted. */
  readonly toPaint: Summary;
  /** Key event until the main thread is free again. */
  readonly work: Summary;
  /** Key event until the draft holds the change, when measured. */
  readonly change: Summary | null;
}

export interface TypingOptions {
  readonly keystrokes: number;
  readonly warmup: number;
}

function summarizeTyping(
  name: string,
  samples: readonly KeystrokeSample[],
): TypingBench {
  const changes = samples.flatMap((s) => (s.change === null ? [] : [s.change]));
  return {
    name,
    keystrokes: samples.length,
    toPaint: summarize(samples.map((s) => s.toPaint)),
    work: summarize(samples.map((s) => s.work)),
    change: changes.length > 0 ? summarize(changes) : null,
  };
}

const plan = (
  options: TypingOptions,
  rest: Omit<TypingPlan, 'warmup' | 'count'>,
): TypingPlan => ({
  ...rest,
  warmup: options.warmup,
  count: options.keystrokes,
});

/**
 * Form to JSON: typing at the end of Job definition name until the draft's
 * text (what the JSON view shows) holds the key. With `withJsonView`, the
 * JSON tab has been opened once, so Monaco is mounted and takes every edit.
 */
export async function benchFormToJson(
  browser: Browser,
  url: string,
  definition: string,
  options: TypingOptions & { readonly withJsonView: boolean },
): Promise<TypingBench> {
  const editor = await openLargeDraft(browser, url, definition);
  try {
    if (options.withJsonView) {
      await openJsonTab(editor.page);
      await openFormTab(editor.page);
    }
    const input = editor.page.getByLabel(NAME_LABEL, { exact: true });
    await input.click();
    await input.press('End');
    const samples = await timeKeystrokes(
      editor.page,
      plan(options, {
        kind: 'draft-text',
        expected: (typed) =>
          `"jobDefinitionName": ${JSON.stringify(editor.name + typed)}`,
      }),
    );
    const view = options.withJsonView ? ', JSON view mounted' : '';
    return summarizeTyping(`form -> JSON: ${definition}${view}`, samples);
  } finally {
    await editor.context.close();
  }
}

/**
 * JSON to form: typing in Monaco at the end of the jobDefinitionName value
 * (line 2 of the loaded text) until the form's input shows it.
 */
export async function benchJsonToForm(
  browser: Browser,
  url: string,
  definition: string,
  options: TypingOptions,
): Promise<TypingBench> {
  const editor = await openLargeDraft(browser, url, definition);
  try {
    const { page } = editor;
    await openJsonTab(page);
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    // Before the closing quote and the comma.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    const samples = await timeKeystrokes(
      page,
      plan(options, {
        kind: 'input-value',
        inputId: editor.nameInputId,
        expected: (typed) => editor.name + typed,
      }),
    );
    return summarizeTyping(`JSON -> form: ${definition}`, samples);
  } finally {
    await editor.context.close();
  }
}

/**
 * The reference: the same definition rendered from our JSON Schema by
 * react-jsonschema-form, typing into its jobDefinitionName input until the
 * input shows the key and rjsf's onChange has run.
 */
export async function benchReference(
  browser: Browser,
  referenceUrl: string,
  definition: string,
  options: TypingOptions,
): Promise<TypingBench> {
  const context = await newBenchContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${referenceUrl}/?definition=${definition}`);
    const input = page.locator('#root_jobDefinitionName');
    await input.waitFor({ timeout: 60_000 });
    const name = await input.inputValue();
    await input.click();
    await input.press('End');
    const samples = await timeKeystrokes(
      page,
      plan(options, {
        kind: 'reference',
        inputId: 'root_jobDefinitionName',
        expected: (typed) => name + typed,
      }),
    );
    return summarizeTyping(`reference (rjsf) form: ${definition}`, samples);
  } finally {
    await context.close();
  }
}

/**
 * The harness's floor: a bare input on an empty page, timed the same way.
 * Waiting for the next frame alone costs up to one frame (16.7 ms at 60 Hz).
 */
export async function benchFloor(
  browser: Browser,
  options: TypingOptions,
): Promise<TypingBench> {
  const context = await newBenchContext(browser);
  try {
    const page = await context.newPage();
    await page.setContent('<input id="floor" aria-label="floor">');
    await page.locator('#floor').click();
    const samples = await timeKeystrokes(
      page,
      plan(options, {
        kind: 'input-value',
        inputId: 'floor',
        expected: (typed) => typed,
      }),
    );
    return summarizeTyping('floor: a bare input', samples);
  } finally {
    await context.close();
  }
}
