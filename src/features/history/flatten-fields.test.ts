import { describe, expect, it } from 'vitest';

import { flattenFields } from './flatten-fields';

describe('flattenFields', () => {
  it('labels each leaf by its path and joins lists of plain values', () => {
    expect(
      flattenFields({
        image: 'busybox',
        command: ['sleep', '10'],
        environment: [{ name: 'A', value: '1' }],
        privileged: false,
        volumes: [],
        linuxParameters: {},
      }),
    ).toEqual([
      { label: 'image', value: 'busybox' },
      { label: 'command', value: 'sleep, 10' },
      { label: 'environment[0].name', value: 'A' },
      { label: 'environment[0].value', value: '1' },
      { label: 'privileged', value: 'false' },
      { label: 'volumes', value: '[]' },
      { label: 'linuxParameters', value: '{}' },
    ]);
  });
});
