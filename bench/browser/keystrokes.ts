import type { Page } from '@playwright/test';

import { PAGE_TIMER, type KeystrokeSample, type WatchKind } from './page-timer';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A fast typist's pace: a key every 50 ms at most. */
const KEY_INTERVAL_MS = 50;

export interface TypingPlan {
  readonly kind: WatchKind;
  /** What the watched text must contain (or the input hold) once `typed` is typed. */
  readonly expected: (typed: string) => string;
  /** The watched input's id (input-value and reference). */
  readonly inputId?: string;
  readonly warmup: number;
  readonly count: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Types letters into whatever has the focus, one key at a time, and times
 * each (see page-timer.ts). The first `warmup` keys are not counted.
 */
export async function timeKeystrokes(
  page: Page,
  plan: TypingPlan,
): Promise<KeystrokeSample[]> {
  await page.evaluate(PAGE_TIMER);
  const samples: KeystrokeSample[] = [];
  let typed = '';
  for (let key = 0; key < plan.warmup + plan.count; key += 1) {
    const letter = LETTERS[key % LETTERS.length] ?? 'a';
    typed += letter;
    const started = Date.now();
    await page.evaluate(
      `window.benchTimer.arm(${JSON.stringify(plan.kind)}, ${JSON.stringify(plan.expected(typed))}, ${JSON.stringify(plan.inputId ?? null)})`,
    );
    await page.keyboard.press(letter);
    const result: unknown = await page.evaluate('window.benchTimer.result');
    const sample = asSample(result, key);
    if (key >= plan.warmup) samples.push(sample);
    await sleep(KEY_INTERVAL_MS - (Date.now() - started));
  }
  return samples;
}

function asSample(result: unknown, key: number): KeystrokeSample {
  if (typeof result !== 'object' || result === null) {
    throw new Error(`Keystroke ${key + 1}: the page gave no timing.`);
  }
  const error: unknown = Reflect.get(result, 'error');
  if (typeof error === 'string') {
    throw new Error(`Keystroke ${key + 1}: ${error}.`);
  }
  const number = (name: string) => {
    const value: unknown = Reflect.get(result, name);
    return typeof value === 'number' ? value : null;
  };
  return {
    toPaint: number('toPaint') ?? NaN,
    work: number('work') ?? NaN,
    change: number('change'),
  };
}
