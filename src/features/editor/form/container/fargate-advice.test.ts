import { describe, expect, it } from 'vitest';

import { fargateAdvice } from './fargate-advice';

describe('fargateAdvice', () => {
  it('has nothing to say about an allowed pair', () => {
    expect(fargateAdvice(1, 2048)).toBeUndefined();
  });

  it.each([
    [1, 1024, 2048],
    [1, 2500, 3072],
    [0.25, 513, 1024],
    [4, 8192.5, 9216],
  ])(
    'raises %s vCPU with %s MiB to the smallest allowed memory, %s MiB',
    (vcpu, memory, fixed) => {
      expect(fargateAdvice(vcpu, memory)).toMatchObject({
        kind: 'raise-memory',
        memory: fixed,
      });
    },
  );

  it('never lowers memory: above the largest it names the vCPU to choose', () => {
    expect(fargateAdvice(1, 9000)).toEqual({
      kind: 'change-vcpu',
      message:
        '9000 MiB is more than 1 vCPU allows on Fargate (at most 8192 MiB). Choose 2 vCPU instead, which allows 9216 MiB.',
    });
  });

  it('names the Fargate sizes for a vCPU value Fargate does not have', () => {
    expect(fargateAdvice(3, 8192)).toMatchObject({
      kind: 'change-vcpu',
      message: expect.stringContaining('0.25, 0.5, 1, 2, 4, 8, 16, 32 vCPU'),
    });
  });

  it('says when no Fargate size has that much memory', () => {
    expect(fargateAdvice(32, 300000)?.message).toContain(
      'more than any Fargate size offers (at most 249856 MiB)',
    );
  });
});
