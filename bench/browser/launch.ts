import { existsSync } from 'node:fs';

import { chromium, type Browser, type BrowserContext } from '@playwright/test';

// Debian's Chromium where it exists (the project's machines), Playwright's
// own build elsewhere.
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Headless Chromium as the end-to-end tests run it. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A new context for one measurement. The app's Content-Security-Policy
 * forbids evaluating strings as code, which Playwright's string predicates
 * (waitForFunction) and the page timers need: the bench bypasses the policy.
 * The app's own code runs the same either way.
 */
export function newBenchContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ bypassCSP: true });
}
