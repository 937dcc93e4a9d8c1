import { describe, expect, it } from 'vitest';

import { formatPath } from './path';

describe('formatPath', () => {
  it.each([
    { path: [], expected: '(root)' },
    { path: ['jobDefinitionName'], expected: 'jobDefinitionName' },
    {
      path: ['containerProperties', 'resourceRequirements', 1, 'value'],
      expected: 'containerProperties.resourceRequirements[1].value',
    },
    { path: ['tags', 'team/name'], expected: 'tags["team/name"]' },
    { path: ['parameters', 'my key'], expected: 'parameters["my key"]' },
    { path: ['tags', '2'], expected: 'tags["2"]' },
    { path: ['tags', ''], expected: 'tags[""]' },
    { path: ['tags', 'say "hi"'], expected: 'tags["say \\"hi\\""]' },
    { path: [0, 'type'], expected: '[0].type' },
    { path: ['nvidia.com/gpu'], expected: '["nvidia.com/gpu"]' },
    { path: ['$metadata', '_x1'], expected: '$metadata._x1' },
  ])('formats $path as $expected', ({ path, expected }) => {
    expect(formatPath(path)).toBe(expected);
  });
});
