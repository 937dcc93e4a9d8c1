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
    ['ftp://example.com', /http: and https:/],
    ['javascript:alert(1)', /http: and https:/],
    ['file:///etc/hosts', /http: and https:/],
    ['https://x.example.com/?a=1', /query/],
    ['https://x.example.com/#top', /fragment/],
    ['foo', /http:\/\/127\.0\.0\.1:5000.*\/emulator/],
    ['foo bar', /spaces/],
    ['ftp//nonsense here', /spaces/],
    ['http:// bad host', /spaces/],
    [' /emulator', /spaces/],
    ['   ', /Spaces alone/],
    ['//evil.example', /another host/],
    ['/\\evil.example', /backslash/],
    ['http://user:secret@example.com', /user name and password/],
    ['http://', /host/],
    ['http://bad_host!', /host/],
    ['http://-x.example.com', /host/],
    ['https:example.com', /http:\/\/ or https:\/\//],
  ])('refuses %j with a plain message and an example', (value, message) => {
    const resolved = resolveEndpoint(value, ORIGIN);

    expect(resolved).toEqual({ ok: false, message: expect.any(String) });
    expect(resolved.ok ? '' : resolved.message).toMatch(message);
  });

  it.each([
    ['http://localhost:5000'],
    ['http://[::1]:5000'],
    ['https://batch.eu-west-1.amazonaws.com/'],
    ['/emulator/batch'],
  ])('accepts %j', (value) => {
    expect(resolveEndpoint(value, ORIGIN).ok).toBe(true);
  });
});
