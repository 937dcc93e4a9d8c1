// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';

import { applyConnectPolicy } from './apply-connect-policy';

afterEach(() => {
  document.head.replaceChildren();
});

function policies(): string[] {
  return [
    ...document.head.querySelectorAll<HTMLMetaElement>(
      'meta[http-equiv="Content-Security-Policy"]',
    ),
  ].map((meta) => meta.content);
}

describe('applyConnectPolicy', () => {
  it('adds the connect-src policy as a meta element of the head', () => {
    applyConnectPolicy(document, ['https://batch.eu-west-1.amazonaws.com']);

    expect(policies()).toEqual([
      "connect-src 'self' https://batch.eu-west-1.amazonaws.com",
    ]);
  });

  it('adds it once per page: a second call changes nothing', () => {
    applyConnectPolicy(document, ['https://batch.eu-west-1.amazonaws.com']);
    applyConnectPolicy(document, ['https://example.com']);

    expect(policies()).toEqual([
      "connect-src 'self' https://batch.eu-west-1.amazonaws.com",
    ]);
  });
});
