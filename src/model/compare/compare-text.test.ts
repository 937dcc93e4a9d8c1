import { describe, expect, it } from 'vitest';

import { compareText } from './compare-text';

const STORED = {
  type: 'container',
  jobDefinitionName: 'a',
  revision: 2,
  containerProperties: {
    image: 'busybox',
    volumes: [],
    environment: [
      { name: 'B', value: '2' },
      { name: 'A', value: '1' },
    ],
  },
};

describe('compareText', () => {
  it('prints the normalised definition with sorted keys', () => {
    expect(JSON.parse(compareText(STORED, true))).toEqual({
      containerProperties: {
        environment: [
          { name: 'A', value: '1' },
          { name: 'B', value: '2' },
        ],
        image: 'busybox',
      },
      jobDefinitionName: 'a',
      type: 'container',
    });
  });

  it('prints everything as stored without hiding defaults, keys sorted', () => {
    const text = compareText(STORED, false);

    expect(JSON.parse(text)).toEqual(STORED);
    expect(text.indexOf('"containerProperties"')).toBeLessThan(
      text.indexOf('"type"'),
    );
    expect(text.indexOf('"B"')).toBeLessThan(text.indexOf('"A"'));
  });

  it('pretty-prints with two spaces and a final newline', () => {
    expect(compareText({ a: 1 }, false)).toBe('{\n  "a": 1\n}\n');
  });
});
