import { describe, expect, it } from 'vitest';

import { defaultSettings, type AwsSettings } from './aws-settings';
import { resolveEndpoint } from './resolve-endpoint';
import { settingsProblems } from './settings-problems';

const ORIGIN = 'http://127.0.0.1:5173';
const VALID: AwsSettings = {
  ...defaultSettings({}),
  identityPoolId: 'us-east-1:2f6e0c56-1c1e-4a5b-9d55-0c6e8d3e7f10',
};

const problemsOf = (changes: Partial<AwsSettings>) =>
  settingsProblems({ ...VALID, ...changes }, ORIGIN).map(
    ({ field, severity }) => `${severity} ${field}`,
  );

describe('settingsProblems', () => {
  it('accepts guest settings with a region and a pool id', () => {
    expect(settingsProblems(VALID, ORIGIN)).toEqual([]);
  });

  it.each([
    [{ region: 'mars-north-1' }, 'error region'],
    [{ identityPoolId: '' }, 'error identityPoolId'],
    [{ identityPoolId: 'us-east-1_abc' }, 'error identityPoolId'],
    [{ identityPoolId: 'us-east-1:not-a-uuid' }, 'error identityPoolId'],
    [
      { signIn: 'userPool', userPoolId: 'pool', userPoolClientId: 'ok' },
      'error userPoolId',
    ],
    [
      {
        signIn: 'userPool',
        userPoolId: 'us-east-1_Ab1',
        userPoolClientId: 'bad id!',
      },
      'error userPoolClientId',
    ],
    [{ authFlow: 'basic', roleArn: 'BatchEditor' }, 'error roleArn'],
    [
      { endpoints: { ...VALID.endpoints, batch: 'ftp://example.com' } },
      'error endpoints.batch',
    ],
    [
      { endpoints: { ...VALID.endpoints, sts: 'localhost:5000' } },
      'error endpoints.sts',
    ],
  ] satisfies [Partial<AwsSettings>, string][])(
    'flags %j',
    (changes, expected) => {
      expect(problemsOf(changes)).toEqual([expected]);
    },
  );

  it('warns, without blocking, when the pool is in another region', () => {
    const problems = settingsProblems(
      { ...VALID, region: 'eu-west-1' },
      ORIGIN,
    );

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      field: 'identityPoolId',
      severity: 'warning',
    });
    expect(problems[0]?.message).toContain('us-east-1');
  });

  it('accepts a complete user pool sign-in and a basic flow with its role', () => {
    expect(
      problemsOf({
        signIn: 'userPool',
        userPoolId: 'us-east-1_AbCdEf123',
        userPoolClientId: '3701983597b14bf387a5e6fd68',
        authFlow: 'basic',
        roleArn: 'arn:aws:iam::123456789012:role/service-role/BatchEditor',
      }),
    ).toEqual([]);
  });
});

describe('resolveEndpoint', () => {
  it.each([
    ['', undefined],
    ['/emulator', 'http://127.0.0.1:5173/emulator'],
    ['/emulator/', 'http://127.0.0.1:5173/emulator'],
    ['https://batch.example.com', 'https://batch.example.com'],
    ['http://127.0.0.1:5000', 'http://127.0.0.1:5000'],
  ])('resolves %j against the origin', (value, url) => {
    expect(resolveEndpoint(value, ORIGIN)).toEqual({ ok: true, url });
  });

  it.each([
    ['ftp://example.com'],
    ['javascript:alert(1)'],
    ['file:///etc/hosts'],
    ['https://x.example.com/?a=1'],
  ])('refuses %j', (value) => {
    const resolved = resolveEndpoint(value, ORIGIN);

    expect(resolved.ok).toBe(false);
  });
});
