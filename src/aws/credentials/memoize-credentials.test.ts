import { describe, expect, it, vi } from 'vitest';

import { memoizeCredentials } from './memoize-credentials';

const HOUR = 3_600_000;

function provider(lifetimeMs: number, now: () => number) {
  let count = 0;
  return vi.fn(async () => {
    count += 1;
    return {
      accessKeyId: `key-${count}`,
      secretAccessKey: 'secret',
      expiration: new Date(now() + lifetimeMs),
    };
  });
}

describe('memoizeCredentials', () => {
  it('shares one set of credentials until five minutes before expiry', async () => {
    let time = 0;
    const fetch = provider(HOUR, () => time);
    const credentials = memoizeCredentials(fetch, () => time);

    expect((await credentials()).accessKeyId).toBe('key-1');
    time = HOUR - 5 * 60_000 - 1;
    expect((await credentials()).accessKeyId).toBe('key-1');
    time = HOUR - 5 * 60_000;
    expect((await credentials()).accessKeyId).toBe('key-2');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('renews short-lived credentials a quarter of their lifetime early', async () => {
    let time = 0;
    const credentials = memoizeCredentials(
      provider(90_000, () => time),
      () => time,
    );

    await credentials();
    time = 67_000;
    expect((await credentials()).accessKeyId).toBe('key-1');
    time = 67_500;
    expect((await credentials()).accessKeyId).toBe('key-2');
  });

  it('makes concurrent callers wait on one request', async () => {
    const fetch = provider(HOUR, Date.now);
    const credentials = memoizeCredentials(fetch);

    await Promise.all([credentials(), credentials(), credentials()]);

    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failure', async () => {
    const fetch = vi
      .fn()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ accessKeyId: 'key', secretAccessKey: 's' });
    const credentials = memoizeCredentials(fetch);

    await expect(credentials()).rejects.toThrow('offline');
    expect((await credentials()).accessKeyId).toBe('key');
  });

  it('fetches new credentials after invalidate, however long the old ones last', async () => {
    const fetch = provider(HOUR, Date.now);
    const credentials = memoizeCredentials(fetch);

    expect((await credentials()).accessKeyId).toBe('key-1');
    credentials.invalidate();

    expect((await credentials()).accessKeyId).toBe('key-2');
  });

  it('tells the AWS SDK it is memoized, so the SDK keeps no copy that invalidate cannot reach', () => {
    expect(memoizeCredentials(provider(HOUR, Date.now)).memoized).toBe(true);
  });
});
