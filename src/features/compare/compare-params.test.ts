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
    ['no b', 'a=1', 'b', /b is missing/],
    ['no a', 'b=2', 'a', /a is missing/],
    ['a word', 'a=one&b=2', 'a', /a="one" is not a revision number/],
    ['zero', 'a=0&b=2', 'a', /a="0" is not a revision number/],
    ['a fraction', 'a=1.5&b=2', 'a', /a="1.5" is not a revision number/],
    ['a draft on the left', 'a=draft&b=2', 'a', /only b can be "draft"/],
    ['a word on the right', 'a=1&b=latest', 'b', /b="latest" is not/],
  ])(
    'refuses %s and says which parameter is wrong',
    (_name, query, key, says) => {
      const parsed = parse('nightly', query);

      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      expect(parsed.problems).toHaveLength(1);
      expect(parsed.problems[0]).toMatch(says);
      expect(parsed.problems[0]).toContain(
        key === 'a' ? 'a whole number from 1' : 'or draft',
      );
    },
  );

  it('names both parameters when both are wrong', () => {
    const parsed = parse('x', 'a=abc&b=draft2');

    expect(parsed).toMatchObject({
      ok: false,
      title: 'This comparison address is not valid',
      problems: [
        expect.stringContaining('a="abc"'),
        expect.stringContaining('b="draft2"'),
      ],
    });
  });

  it('calls an address without revisions incomplete, not invalid', () => {
    expect(parse('x', '')).toMatchObject({
      ok: false,
      title: 'This comparison address is not complete',
    });
  });

  it("refuses a name AWS would not accept, with the model's rule", () => {
    expect(parse('bad name!', 'a=1&b=2')).toMatchObject({
      ok: false,
      title: 'Not a valid job definition name',
      problems: [expect.stringContaining('1 to 128 letters')],
    });
  });
});
