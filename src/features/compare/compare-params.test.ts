import { describe, expect, it } from 'vitest';

import { parseCompareParams } from './compare-params';

const parse = (name: string | undefined, query: string) =>
  parseCompareParams(name, new URLSearchParams(query));

describe('parseCompareParams', () => {
  it('reads two revision numbers', () => {
    expect(parse('nightly', 'a=1&b=3')).toEqual({
      ok: true,
      name: 'nightly',
      a: { kind: 'revision', revision: 1 },
      b: { kind: 'revision', revision: 3 },
    });
  });

  it('reads the draft as the second side', () => {
    expect(parse('nightly', 'a=2&b=draft')).toMatchObject({
      ok: true,
      b: { kind: 'draft' },
    });
  });

  it.each([
    ['no b', 'a=1'],
    ['no a', 'b=2'],
    ['a word', 'a=one&b=2'],
    ['zero', 'a=0&b=2'],
    ['a fraction', 'a=1.5&b=2'],
    ['a draft on the left', 'a=draft&b=2'],
  ])('refuses %s and says what it got', (_name, query) => {
    const parsed = parse('nightly', query);

    expect(parsed.ok).toBe(false);
    expect(parsed).toMatchObject({
      problem: expect.stringContaining('?a=1&b=3'),
    });
  });

  it('refuses a name AWS would not accept', () => {
    expect(parse('bad name!', 'a=1&b=2')).toMatchObject({ ok: false });
  });
});
