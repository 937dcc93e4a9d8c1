import { describe, expect, it } from 'vitest';

import { normalizePaste } from './normalize-paste';

const request = {
  jobDefinitionName: 'sleep',
  type: 'container',
  containerProperties: { image: 'busybox' },
};
const skeleton = {
  jobDefinitionName: '',
  type: 'container',
  containerProperties: { image: '' },
  nodeProperties: { numNodes: 0 },
  eksProperties: {},
};

describe('normalizePaste', () => {
  it.each([
    { name: 'a request body', value: request, shape: 'request', notices: 0 },
    { name: 'a CLI skeleton', value: skeleton, shape: 'skeleton', notices: 1 },
    { name: 'an array', value: [1, 2], shape: 'unknown', notices: 0 },
    {
      name: 'a list of described job definitions',
      value: [{ jobDefinitionArn: 'arn' }],
      shape: 'unknown',
      notices: 1,
    },
    { name: 'a number', value: 42, shape: 'unknown', notices: 0 },
    {
      name: 'an object with no known key',
      value: { containerDefinitions: [] },
      shape: 'unknown',
      notices: 0,
    },
  ])('returns $name unchanged as $shape', ({ value, shape, notices }) => {
    const result = normalizePaste(value);

    expect(result.shape).toBe(shape);
    expect(result.request).toBe(value);
    expect(result.notices).toHaveLength(notices);
    expect(result.sourcePath(['containerProperties', 'image'])).toEqual([
      'containerProperties',
      'image',
    ]);
  });

  it('tells the user to fill in or delete the skeleton placeholders', () => {
    const [notice] = normalizePaste(skeleton).notices;

    expect(notice).toMatchObject({ kind: 'info', path: [] });
    expect(notice?.message).toContain('fill in the placeholder values');
  });
});
