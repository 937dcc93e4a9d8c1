import { describe, expect, it } from 'vitest';

import {
  FARGATE_MEMORY_BY_VCPU,
  FARGATE_VCPUS,
  isFargatePair,
  smallestFargateMemoryAtLeast,
} from './fargate-sizes';

const range = (from: number, to: number, step: number) =>
  Array.from({ length: (to - from) / step + 1 }, (_, i) => from + i * step);

// The documented table, keyed by vCPU (reference §5.3, table B).
const DOCUMENTED: readonly [number, readonly number[]][] = [
  [0.25, [512, 1024, 2048]],
  [0.5, [1024, 2048, 3072, 4096]],
  [1, [2048, 3072, 4096, 5120, 6144, 7168, 8192]],
  [2, range(4096, 16384, 1024)],
  [4, range(8192, 30720, 1024)],
  [8, range(16384, 61440, 4096)],
  [16, range(32768, 122880, 8192)],
  [32, [61440, 122880, 249856]],
];

describe('FARGATE_MEMORY_BY_VCPU', () => {
  it('holds the 77 documented pairs', () => {
    const pairs = [...FARGATE_MEMORY_BY_VCPU].flatMap(([vcpu, memories]) =>
      memories.map((memory) => `${vcpu}/${memory}`),
    );

    expect(pairs).toHaveLength(77);
    expect(new Set(pairs).size).toBe(77);
  });

  it.each(DOCUMENTED)('lists the memory values of %s vCPU', (vcpu, memory) => {
    expect(FARGATE_MEMORY_BY_VCPU.get(vcpu)).toEqual(memory);
  });

  it('lists the vCPU values smallest first', () => {
    expect(FARGATE_VCPUS).toEqual([0.25, 0.5, 1, 2, 4, 8, 16, 32]);
  });
});

describe('isFargatePair', () => {
  it.each(
    DOCUMENTED.flatMap(([vcpu, memory]) => [
      [vcpu, memory[0]],
      [vcpu, memory[memory.length - 1]],
    ]),
  )('accepts %s vCPU with %s MiB', (vcpu, memory) => {
    expect(isFargatePair(vcpu, memory ?? NaN)).toBe(true);
  });

  it.each([
    [8, 61440],
    [32, 61440],
    [16, 122880],
    [32, 122880],
    [0.25, 1024],
    [0.5, 1024],
  ])(
    'accepts %s vCPU with %s MiB, shared by two vCPU sizes',
    (vcpu, memory) => {
      expect(isFargatePair(vcpu, memory)).toBe(true);
    },
  );

  it.each([
    [1, 1024, 'below the smallest memory of 1 vCPU'],
    [0.25, 4096, 'above the largest memory of 0.25 vCPU'],
    [8, 18432, 'between two 4 GiB steps of 8 vCPU'],
    [16, 36864, 'between two 8 GiB steps of 16 vCPU'],
    [32, 65536, 'not one of the three 32 vCPU sizes'],
    [2, 4000, 'not a whole GiB'],
    [3, 6144, 'a vCPU value Fargate does not offer'],
    [0.75, 2048, 'a fractional vCPU value Fargate does not offer'],
    [64, 249856, 'more vCPUs than Fargate offers'],
  ])('refuses %s vCPU with %s MiB: %s', (vcpu, memory) => {
    expect(isFargatePair(vcpu, memory)).toBe(false);
  });
});

describe('smallestFargateMemoryAtLeast', () => {
  it.each([
    [1, 1024, 2048],
    [1, 2048, 2048],
    [1, 2049, 3072],
    [1, 8192, 8192],
    [0.25, 600, 1024],
    [8, 16385, 20480],
    [16, 1, 32768],
    [32, 61441, 122880],
    [32, 122881, 249856],
  ])('answers %s vCPU and %s MiB with %s MiB', (vcpu, memory, expected) => {
    expect(smallestFargateMemoryAtLeast(vcpu, memory)).toBe(expected);
  });

  it.each([
    [1, 8193, 'above the largest memory of 1 vCPU'],
    [32, 249857, 'above every Fargate memory'],
    [3, 4096, 'a vCPU value Fargate does not offer'],
  ])('answers undefined for %s vCPU and %s MiB: %s', (vcpu, memory) => {
    expect(smallestFargateMemoryAtLeast(vcpu, memory)).toBeUndefined();
  });
});
