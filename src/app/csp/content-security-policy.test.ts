import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import {
  BASE_DIRECTIVES,
  connectPolicy,
  formatPolicy,
} from './content-security-policy';

function metaPolicyOf(html: string): string | undefined {
  return /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(
    html,
  )?.[1];
}

describe('the base policy', () => {
  it('is the one index.html carries', () => {
    const html = readFileSync('index.html', 'utf8');

    expect(metaPolicyOf(html)).toBe(formatPolicy(BASE_DIRECTIVES));
  });

  it('allows scripts from the app only: no inline script, no eval', () => {
    expect(BASE_DIRECTIVES['script-src']).toEqual(["'self'"]);
    expect(BASE_DIRECTIVES['default-src']).toEqual(["'none'"]);
    expect(formatPolicy(BASE_DIRECTIVES)).not.toMatch(
      /unsafe-eval|script-src[^;]*unsafe-inline|blob:/,
    );
  });
});

describe('formatPolicy', () => {
  it('writes each directive with its sources, separated by semicolons', () => {
    expect(
      formatPolicy({
        'script-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
      }),
    ).toBe("script-src 'self'; img-src 'self' data:");
  });
});

describe('connectPolicy', () => {
  it('allows the app itself and the given sources only', () => {
    expect(
      connectPolicy([
        'https://batch.us-east-1.amazonaws.com',
        'http://127.0.0.1:5000',
      ]),
    ).toBe(
      "connect-src 'self' https://batch.us-east-1.amazonaws.com http://127.0.0.1:5000",
    );
  });
});
