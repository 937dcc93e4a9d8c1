import { describe, expect, it, vi } from 'vitest';

import { probeEmulator } from './probe-emulator';

describe('probeEmulator', () => {
  it("asks moto's own API behind the endpoint", async () => {
    const fetchFn = vi.fn(async () => new Response('{}', { status: 200 }));

    expect(await probeEmulator('http://127.0.0.1:5173/emulator', fetchFn)).toBe(
      true,
    );
    expect(fetchFn).toHaveBeenCalledWith(
      'http://127.0.0.1:5173/emulator/moto-api/data.json',
      expect.objectContaining({ cache: 'no-store' }),
    );
  });

  it.each([
    [
      'a proxy whose emulator stopped',
      async () => new Response('', { status: 502 }),
    ],
    [
      'a refused connection',
      async () => Promise.reject(new TypeError('Failed to fetch')),
    ],
  ])('counts %s as silent', async (_case, answer) => {
    expect(await probeEmulator('http://127.0.0.1:5000', vi.fn(answer))).toBe(
      false,
    );
  });
});
