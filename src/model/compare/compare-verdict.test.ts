import { describe, expect, it } from 'vitest';

import { compareVerdict } from './compare-verdict';

const JOB = {
  jobDefinitionName: 'a',
  type: 'container',
  containerProperties: { image: 'busybox' },
};

describe('compareVerdict', () => {
  it('finds two revisions of one content the same', () => {
    const one = { ...JOB, revision: 1, jobDefinitionArn: 'arn:1' };
    const two = { ...JOB, revision: 2, jobDefinitionArn: 'arn:2' };

    expect(compareVerdict(one, two)).toBe('same');
  });

  it('finds a difference in AWS defaults alone', () => {
    const stored = {
      ...JOB,
      parameters: {},
      containerProperties: { ...JOB.containerProperties, volumes: [] },
    };

    expect(compareVerdict(JOB, stored)).toBe('defaults-only');
  });

  it('finds a real change', () => {
    const other = { ...JOB, containerProperties: { image: 'alpine' } };

    expect(compareVerdict(JOB, other)).toBe('changed');
  });
});
