import { describe, expect, it, vi } from 'vitest';

import { loadRuntimeConfig } from './load-runtime-config';
import { parseRuntimeConfig } from './runtime-config';

const FULL = {
  region: 'us-east-1',
  identityPoolId: 'us-east-1:2f6e0c56-1c1e-4a5b-9d55-0c6e8d3e7f10',
  authFlow: 'enhanced',
  userPool: { userPoolId: 'us-east-1_AbCdEf', clientId: 'client123' },
  roleArn: 'arn:aws:iam::123456789012:role/BatchEditor',
  endpoints: {
    batch: '/emulator',
    cognitoIdentity: '/emulator',
    cognitoIdentityProvider: '/emulator',
    sts: '/emulator',
  },
  emulator: { status: 'running', message: 'moto 5.2.1 on 127.0.0.1:5000' },
};

describe('parseRuntimeConfig', () => {
  it('keeps every field of a full config', () => {
    expect(parseRuntimeConfig(FULL)).toEqual({ config: FULL, problems: [] });
  });

  it('accepts an empty config: every field is optional', () => {
    expect(parseRuntimeConfig({})).toEqual({ config: {}, problems: [] });
  });

  it('drops a malformed field, reports it, and keeps the others', () => {
    const parsed = parseRuntimeConfig({
      ...FULL,
      authFlow: 'classic',
      emulator: { status: 'maybe' },
    });

    expect(parsed.config.authFlow).toBeUndefined();
    expect(parsed.config.emulator).toBeUndefined();
    expect(parsed.config.identityPoolId).toBe(FULL.identityPoolId);
    expect(parsed.problems).toEqual([
      'The runtime config field "authFlow" is malformed and was ignored.',
      'The runtime config field "emulator" is malformed and was ignored.',
    ]);
  });

  it('ignores fields it does not know', () => {
    expect(
      parseRuntimeConfig({ region: 'eu-west-1', theme: 'dark' }).config,
    ).toEqual({ region: 'eu-west-1' });
  });

  it.each([[null], [[]], ['text']])(
    'ignores a config that is not an object: %j',
    (raw) => {
      const parsed = parseRuntimeConfig(raw);

      expect(parsed.config).toEqual({});
      expect(parsed.problems).toHaveLength(1);
    },
  );
});

describe('loadRuntimeConfig', () => {
  const answer = (body: string, status = 200) =>
    vi.fn(async () => new Response(body, { status }));

  it('parses the served file', async () => {
    const fetchFn = answer(JSON.stringify({ region: 'eu-west-1' }));

    expect(await loadRuntimeConfig(fetchFn, '/config.json')).toEqual({
      config: { region: 'eu-west-1' },
      problems: [],
    });
    expect(fetchFn).toHaveBeenCalledWith('/config.json', { cache: 'no-store' });
  });

  it('starts with no defaults when there is no file', async () => {
    expect(await loadRuntimeConfig(answer('', 404))).toEqual({
      config: {},
      problems: [],
    });
  });

  it('reports a file that is not JSON, such as an HTML page', async () => {
    const loaded = await loadRuntimeConfig(answer('<!doctype html>'));

    expect(loaded.config).toEqual({});
    expect(loaded.problems[0]).toContain('not valid JSON');
  });

  it('reports a server error and a failed fetch', async () => {
    const failing = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });

    expect((await loadRuntimeConfig(answer('', 500))).problems[0]).toContain(
      'HTTP 500',
    );
    expect((await loadRuntimeConfig(failing)).problems[0]).toContain(
      'could not be fetched',
    );
  });
});
