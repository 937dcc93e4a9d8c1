import { describe, expect, it } from 'vitest';

import { count } from './count';

describe('count', () => {
  it.each([
    [0, 'revision', undefined, '0 revisions'],
    [1, 'revision', undefined, '1 revision'],
    [2, 'revision', undefined, '2 revisions'],
    [1, 'match', 'matches', '1 match'],
    [7, 'match', 'matches', '7 matches'],
  ])('counts %i %s', (n, one, many, text) => {
    expect(count(n, one, many)).toBe(text);
  });
});
