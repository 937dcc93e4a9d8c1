import type { Page } from '@playwright/test';

/** Collects policy violations and console errors of a page. */
export async function watchPolicy(page: Page) {
  const violations: string[] = [];
  const consoleErrors: string[] = [];
  await page.exposeFunction('__reportViolation', (text: string) => {
    violations.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (
        window as unknown as { __reportViolation: (text: string) => void }
      ).__reportViolation;
      void report(
        `${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      consoleErrors.push(message.text());
  });
  return { violations, consoleErrors };
}
