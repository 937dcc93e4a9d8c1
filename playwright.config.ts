import { existsSync } from 'node:fs';

import { defineConfig, devices } from '@playwright/test';

import { CONFIG_FILE } from './tests/support/emulator';
import { FAULT_PROXY_PORT } from './tests/support/fault-proxy';

const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;

// Browsers cannot be downloaded on the project's machines: use Debian's
// Chromium when it is there, Playwright's own build elsewhere.
const debianChromium = '/usr/bin/chromium';
const executablePath = existsSync(debianChromium) ? debianChromium : undefined;

export default defineConfig({
  testDir: 'tests',
  // The local AWS emulator (moto) runs for the whole run; see tests/support.
  globalSetup: './tests/support/global-setup.ts',
  globalTeardown: './tests/support/global-teardown.ts',
  // test-results/ also holds the Vitest report, and Playwright empties its
  // outputDir on start: keep its artifacts in a folder of their own.
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  // Monaco loads a 3 MB chunk and two workers: a loaded 2-core machine needs time.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    [process.env.CI ? 'list' : 'line'],
    ['json', { outputFile: 'test-results/playwright.json' }],
    ['html', { outputFolder: 'playwright-report', open: 'never' }],
  ],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  // Serves the built app (`vite build` runs first in `npm run test:e2e`).
  webServer: [
    {
      // --bypass-lock: a developer's own `npm start` may be running.
      command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --bypass-lock`,
      env: {
        // The app reaches the emulator through the fault proxy, which passes
        // everything through until a test switches a fault on.
        EMULATOR_PORT: String(FAULT_PROXY_PORT),
        JOBDEF_RUNTIME_CONFIG: CONFIG_FILE,
      },
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
