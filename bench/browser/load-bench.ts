import { newBenchContext } from './launch';
import { gzipSync } from 'node:zlib';

import type { Browser, Response } from '@playwright/test';

import { summarize, type Summary } from '../stats';
import { NAME_LABEL } from './editor-page';

// Monaco's chunk (the JSON view), its workers, language modes and font load
// only when the JSON tab opens; they never count for the first page.
const MONACO = /json-view|\.worker|jsonMode|codicon/i;

export interface LoadedFile {
  readonly url: string;
  readonly type: 'script' | 'stylesheet';
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface LoadBench {
  readonly runs: number;
  /** The JS and CSS of the first page, before Monaco, gzipped here. */
  readonly files: readonly LoadedFile[];
  readonly gzipBytes: number;
  readonly bytes: number;
  /** Navigation start until the name field is there and enabled. */
  readonly ready: Summary;
  /** Navigation start until a typed character has landed in it. */
  readonly usable: Summary;
}

/**
 * Runs in the page from its start: every frame, looks for the Job definition
 * name input; once it is enabled, notes the time, and the time of its first
 * input event.
 */
const READY_WATCH = `(() => {
  const find = () => {
    const label = [...document.querySelectorAll('label')].find(
      (l) => l.textContent.trim() === ${JSON.stringify(NAME_LABEL)},
    );
    return label ? document.getElementById(label.htmlFor) : null;
  };
  const poll = () => {
    const input = find();
    if (input && !input.disabled && !input.readOnly) {
      window.benchReady = performance.now();
      input.addEventListener('input', () => {
        window.benchLanded ??= performance.now();
      });
    } else {
      requestAnimationFrame(poll);
    }
  };
  requestAnimationFrame(poll);
})();`;

async function fileOf(response: Response): Promise<LoadedFile | undefined> {
  const type = response.request().resourceType();
  if (type !== 'script' && type !== 'stylesheet') return undefined;
  if (MONACO.test(response.url()) || !response.ok()) return undefined;
  const body = await response.body();
  return {
    url: new URL(response.url()).pathname,
    type,
    bytes: body.length,
    gzipBytes: gzipSync(body).length,
  };
}

/** One cold load of `/` (a new context: empty cache and storage, the starter draft). */
async function coldLoad(browser: Browser, url: string) {
  const context = await newBenchContext(browser);
  try {
    await context.addInitScript(READY_WATCH);
    const page = await context.newPage();
    const responses: Promise<LoadedFile | undefined>[] = [];
    page.on('response', (response) => responses.push(fileOf(response)));
    await page.goto(`${url}/`, { waitUntil: 'commit' });
    await page.waitForFunction('window.benchReady !== undefined', null, {
      polling: 'raf',
      timeout: 60_000,
    });
    await page.getByLabel(NAME_LABEL, { exact: true }).press('x');
    await page.waitForFunction('window.benchLanded !== undefined', null, {
      polling: 'raf',
    });
    const times: unknown = await page.evaluate(
      '[window.benchReady, window.benchLanded]',
    );
    const [ready, usable] = Array.isArray(times) ? times : [];
    const files = (await Promise.all(responses)).filter((f) => f !== undefined);
    return { ready: Number(ready), usable: Number(usable), files };
  } finally {
    await context.close();
  }
}

/** Cold loads of the production build: first-page bytes and time to a usable form. */
export async function benchLoad(
  browser: Browser,
  url: string,
  runs: number,
): Promise<LoadBench> {
  const loads = [];
  for (let run = 0; run < runs; run += 1) {
    loads.push(await coldLoad(browser, url));
  }
  const files = loads[0]?.files ?? [];
  return {
    runs,
    files,
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    ready: summarize(loads.map((load) => load.ready)),
    usable: summarize(loads.map((load) => load.usable)),
  };
}
