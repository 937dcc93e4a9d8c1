import { newBenchContext } from './launch';
import type { Browser } from '@playwright/test';

import { summarize, type Summary } from '../stats';
import {
  FAKE_IDENTITY_POOL,
  FAKE_REGION,
  startFakeSource,
} from './fake-batch-source';

// The key and shape of src/aws/settings/settings-storage.ts.
const SETTINGS_KEY = 'jobdef-studio.aws-settings';

export const REVISION_COUNT = 1000;
const NAME = 'bench-revisions';

export interface RevisionsBench {
  readonly revisions: number;
  /** DescribeJobDefinitions calls of one load (pages of 100). */
  readonly describeCalls: number;
  /** Navigation start until the newest revision's row is on screen. */
  readonly firstPage: Summary;
  /** A click on page 2 until its first row is on screen. */
  readonly pageSwitch: Summary;
}

/**
 * Revisions: the revisions page of one definition with 1,000 revisions,
 * served by a fake Batch (fake-batch-source.ts) through the app's endpoint
 * overrides, in a new browser context each run.
 */
export async function benchRevisions(
  browser: Browser,
  appUrl: string,
  runs: number,
): Promise<RevisionsBench> {
  const source = await startFakeSource(NAME, REVISION_COUNT);
  const overrides = {
    version: 1,
    overrides: {
      region: FAKE_REGION,
      identityPoolId: FAKE_IDENTITY_POOL,
      signIn: 'guest',
      authFlow: 'enhanced',
      endpoints: { batch: source.url, cognitoIdentity: source.url },
    },
  };
  const firstPage: number[] = [];
  const pageSwitch: number[] = [];
  let callsPerLoad = 0;
  try {
    for (let run = 0; run < runs; run += 1) {
      const context = await newBenchContext(browser);
      await context.addInitScript(
        `localStorage.setItem(${JSON.stringify(SETTINGS_KEY)}, ${JSON.stringify(JSON.stringify(overrides))});`,
      );
      const page = await context.newPage();
      const before = source.describeCalls();
      await page.goto(`${appUrl}/job-definitions/${NAME}`);
      const newest = page.getByRole('link', {
        name: `Revision ${REVISION_COUNT}`,
        exact: true,
      });
      await newest.waitFor({ timeout: 60_000 });
      firstPage.push(
        await page.evaluate(() => {
          const [navigation] = performance.getEntriesByType('navigation');
          return performance.now() - (navigation?.startTime ?? 0);
        }),
      );
      callsPerLoad = source.describeCalls() - before;

      const second = page.getByRole('link', {
        name: `Revision ${REVISION_COUNT - 50}`,
        exact: true,
      });
      const started = await page.evaluate(() => performance.now());
      await page.getByRole('button', { name: 'Page 2', exact: true }).click();
      await second.waitFor();
      pageSwitch.push((await page.evaluate(() => performance.now())) - started);
      await context.close();
    }
  } finally {
    await source.close();
  }
  return {
    revisions: REVISION_COUNT,
    describeCalls: callsPerLoad,
    firstPage: summarize(firstPage),
    pageSwitch: summarize(pageSwitch),
  };
}
