import { newBenchContext } from './launch';
import type { Browser, Page } from '@playwright/test';

import { summarize, type Summary } from '../stats';
import { openLargeDraft } from './editor-page';

export interface MemoryBench {
  readonly name: string;
  /** Used JS heap in bytes, after a forced garbage collection. */
  readonly heap: Summary;
}

const SETTLE_MS = 1000;

/** The page's used JS heap after a forced garbage collection (CDP). */
async function usedHeap(page: Page): Promise<number> {
  await page.waitForTimeout(SETTLE_MS);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/** The app's heap with the large definition loaded in the form (JSON tab never opened). */
export async function benchAppMemory(
  browser: Browser,
  url: string,
  definition: string,
  runs: number,
): Promise<MemoryBench> {
  const sizes: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const editor = await openLargeDraft(browser, url, definition);
    try {
      sizes.push(await usedHeap(editor.page));
    } finally {
      await editor.context.close();
    }
  }
  return { name: `heap: app, ${definition}`, heap: summarize(sizes) };
}

/** The reference page's heap with the same definition in rjsf. */
export async function benchReferenceMemory(
  browser: Browser,
  referenceUrl: string,
  definition: string,
  runs: number,
): Promise<MemoryBench> {
  const sizes: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await newBenchContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(`${referenceUrl}/?definition=${definition}`);
      await page
        .locator('#root_jobDefinitionName')
        .waitFor({ timeout: 60_000 });
      sizes.push(await usedHeap(page));
    } finally {
      await context.close();
    }
  }
  return {
    name: `heap: reference (rjsf), ${definition}`,
    heap: summarize(sizes),
  };
}
