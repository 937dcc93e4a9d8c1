import { describe, expect, it, vi } from 'vitest';

import { loadOnce } from './load-once';

describe('loadOnce', () => {
  it('loads once for every caller, concurrent or later', async () => {
    const load = vi.fn(async () => ({ made: true }));
    const get = loadOnce(load);

    const [first, second] = await Promise.all([get(), get()]);
    const third = await get();

    expect(load).toHaveBeenCalledTimes(1);
    expect(second).toBe(first);
    expect(third).toBe(first);
  });

  it('loads again after a failure, and keeps what the retry gave', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch module'))
      .mockResolvedValueOnce('client');
    const get = loadOnce(load);

    await expect(get()).rejects.toThrow('Failed to fetch module');
    expect(await get()).toBe('client');
    expect(await get()).toBe('client');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('loads again when making the value after the fetch throws', async () => {
    let attempts = 0;
    const get = loadOnce(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('bad options');
      return attempts;
    });

    await expect(get()).rejects.toThrow('bad options');
    expect(await get()).toBe(2);
  });
});
