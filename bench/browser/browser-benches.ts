import type { Part } from '../options';
import { launchBrowser } from './launch';
import { benchLoad, type LoadBench } from './load-bench';
import {
  benchAppMemory,
  benchReferenceMemory,
  type MemoryBench,
} from './memory-bench';
import { benchRevisions, type RevisionsBench } from './revisions-bench';
import { serveApp, serveReference, type Served } from './servers';
import {
  benchFloor,
  benchFormToJson,
  benchJsonToForm,
  benchReference,
  type TypingBench,
  type TypingOptions,
} from './typing-bench';

export const DEFINITIONS = ['ecs', 'multinode'] as const;

export interface BrowserResults {
  load?: LoadBench;
  floor?: TypingBench;
  formToJson?: TypingBench[];
  reference?: TypingBench[];
  jsonToForm?: TypingBench[];
  memory?: MemoryBench[];
  revisions?: RevisionsBench;
}

export interface BrowserRuns {
  readonly loads: number;
  readonly heaps: number;
  readonly revisionLoads: number;
  readonly typing: TypingOptions;
}

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

/** The parts that need the production build in headless Chromium. */
export async function runBrowserBenches(
  parts: ReadonlySet<Part>,
  runs: BrowserRuns,
): Promise<BrowserResults> {
  const needsReference = parts.has('form') || parts.has('memory');
  const servers: Served[] = [];
  log('vite build, then vite preview');
  const app = await serveApp();
  servers.push(app);
  const reference = needsReference ? await serveReference() : undefined;
  if (reference) servers.push(reference);
  const browser = await launchBrowser();
  const results: BrowserResults = {};
  try {
    if (parts.has('load')) {
      log(`initial load: ${runs.loads} cold loads`);
      results.load = await benchLoad(browser, app.url, runs.loads);
    }
    if (parts.has('form')) {
      log('form -> JSON, and the same in the reference');
      results.floor = await benchFloor(browser, runs.typing);
      results.formToJson = [];
      results.reference = [];
      for (const definition of DEFINITIONS) {
        for (const withJsonView of [false, true]) {
          results.formToJson.push(
            await benchFormToJson(browser, app.url, definition, {
              ...runs.typing,
              withJsonView,
            }),
          );
        }
        if (reference) {
          results.reference.push(
            await benchReference(
              browser,
              reference.url,
              definition,
              runs.typing,
            ),
          );
        }
      }
    }
    if (parts.has('json')) {
      log('JSON -> form');
      results.jsonToForm = [];
      for (const definition of DEFINITIONS) {
        results.jsonToForm.push(
          await benchJsonToForm(browser, app.url, definition, runs.typing),
        );
      }
    }
    if (parts.has('memory')) {
      log('memory');
      results.memory = [];
      for (const definition of DEFINITIONS) {
        results.memory.push(
          await benchAppMemory(browser, app.url, definition, runs.heaps),
        );
        if (reference) {
          results.memory.push(
            await benchReferenceMemory(
              browser,
              reference.url,
              definition,
              runs.heaps,
            ),
          );
        }
      }
    }
    if (parts.has('revisions')) {
      log(`revisions: ${runs.revisionLoads} loads of 1,000 revisions`);
      results.revisions = await benchRevisions(
        browser,
        app.url,
        runs.revisionLoads,
      );
    }
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
  }
  return results;
}
