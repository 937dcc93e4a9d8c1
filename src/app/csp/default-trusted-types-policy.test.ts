import { describe, expect, it } from 'vitest';

import {
  defaultPolicyRules,
  installDefaultTrustedTypesPolicy,
} from './default-trusted-types-policy';

const ORIGIN = 'https://studio.example.com';

describe('the default Trusted Types policy', () => {
  const rules = defaultPolicyRules(ORIGIN);

  it('lets through script URLs of the app only', () => {
    expect(rules.createScriptURL('/assets/json.worker-abc.js')).toBe(
      '/assets/json.worker-abc.js',
    );
    expect(rules.createScriptURL(`${ORIGIN}/assets/a.js`)).toBe(
      `${ORIGIN}/assets/a.js`,
    );
    expect(rules.createScriptURL('https://evil.example.com/a.js')).toBeNull();
  });

  it('lets markup reach DOMParser (the SDK reads STS XML) and no other sink', () => {
    const xml = '<AssumeRoleWithWebIdentityResponse/>';
    expect(
      rules.createHTML(xml, 'TrustedHTML', 'DOMParser parseFromString'),
    ).toBe(xml);
    const html = '<img src=x onerror=alert(1)>';
    expect(
      rules.createHTML(html, 'TrustedHTML', 'Element innerHTML'),
    ).toBeNull();
    expect(
      rules.createHTML(html, 'TrustedHTML', 'Element insertAdjacentHTML'),
    ).toBeNull();
    expect(rules.createHTML(html, 'TrustedHTML', 'Document write')).toBeNull();
  });

  it('is installed as "default" where the browser has Trusted Types, and skipped elsewhere', () => {
    const created: string[] = [];
    const scope = {
      trustedTypes: {
        createPolicy: (name: string) => {
          created.push(name);
          return {};
        },
      },
    };
    installDefaultTrustedTypesPolicy(scope, ORIGIN);
    installDefaultTrustedTypesPolicy({}, ORIGIN);
    expect(created).toEqual(['default']);
  });
});
