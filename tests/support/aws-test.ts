import { test as base } from '@playwright/test';

import type { RuntimeConfig } from '../../scripts/emulator/seed';
import { freshEmulator } from './emulator';
import { clearFault } from './fault-proxy';

/**
 * `test` for specs that talk to AWS: each starts from a reset emulator whose
 * identity pool the app's runtime config names, with no fault switched on.
 */
export const test = base.extend<{ emulator: RuntimeConfig }>({
  // Playwright reads the fixtures a fixture needs from this pattern; none here.
  // eslint-disable-next-line no-empty-pattern
  emulator: async ({}, use) => {
    await clearFault();
    await use(await freshEmulator());
  },
});

export { expect } from '@playwright/test';
