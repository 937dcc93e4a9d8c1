import { describe, expect, it } from 'vitest';

import { sortKeys } from './sort-keys';

describe('sortKeys', () => {
  it('sorts the keys of nested objects, lists included', () => {
    const sorted = sortKeys({
      type: 'container',
      containerProperties: {
        resourceRequirements: [{ value: '1', type: 'VCPU' }],
        image: 'busybox',
      },
    });

    expect(JSON.stringify(sorted)).toBe(
      '{"containerProperties":{"image":"busybox","resourceRequirements":[{"type":"VCPU","value":"1"}]},"type":"container"}',
    );
  });

  it('keeps the order of list items', () => {
    expect(sortKeys(['b', 'a'])).toEqual(['b', 'a']);
  });

  it('keeps a key named __proto__ as data', () => {
    const sorted = sortKeys(JSON.parse('{"b":1,"__proto__":2}'));

    expect(Object.keys(sorted as object)).toEqual(['__proto__', 'b']);
  });
});
