import { describe, expect, it } from 'vitest';

import { variant } from '../fixtures/variant';
import { containerSize, firstOfType, resourceEntries } from './resource-values';

const C = 'containerProperties';
const at = (value: Record<string, unknown>) => ({ path: [C], value });
const container = (...entries: unknown[]) =>
  at({ image: 'busybox', resourceRequirements: entries });

describe('resourceEntries', () => {
  it('reads each entry with the path of its value', () => {
    const entries = resourceEntries(
      container(
        { type: 'VCPU', value: '2' },
        { type: 'MEMORY', value: '4096' },
      ),
    );

    expect(entries).toEqual([
      {
        path: [C, 'resourceRequirements', 0, 'value'],
        type: 'VCPU',
        raw: '2',
        amount: 2,
      },
      {
        path: [C, 'resourceRequirements', 1, 'value'],
        type: 'MEMORY',
        raw: '4096',
        amount: 4096,
      },
    ]);
  });

  it.each<[string, unknown, number | undefined]>([
    ['a fraction', '0.25', 0.25],
    ['a number', 2, 2],
    ['a unit', '2 GiB', undefined],
    ['a negative value', '-1', undefined],
    ['an empty value', '', undefined],
    ['an exponent', '1e3', undefined],
  ])('reads %s as %s', (_what, value, amount) => {
    const [entry] = resourceEntries(container({ type: 'VCPU', value }));

    expect(entry?.amount).toBe(amount);
    expect(entry?.raw).toBe(value);
  });

  it('upper-cases the type and skips entries without one', () => {
    const entries = resourceEntries(
      container({ type: 'gpu', value: '1' }, { value: '1' }, 'VCPU'),
    );

    expect(entries.map((entry) => entry.type)).toEqual(['GPU']);
  });

  it('finds the first entry of a type', () => {
    const entries = resourceEntries(
      container({ type: 'VCPU', value: '1' }, { type: 'VCPU', value: '2' }),
    );

    expect(firstOfType(entries, 'VCPU')?.raw).toBe('1');
    expect(firstOfType(entries, 'GPU')).toBeUndefined();
  });
});

describe('containerSize', () => {
  it('reads vCPUs and memory from resourceRequirements', () => {
    const value = variant('sleep10').containerProperties as Record<
      string,
      unknown
    >;

    expect(containerSize(at(value))).toEqual({ vcpu: 1, memory: 128 });
  });

  it('falls back to the deprecated vcpus and memory', () => {
    expect(containerSize(at({ vcpus: 2, memory: 2048 }))).toEqual({
      vcpu: 2,
      memory: 2048,
    });
  });

  it('prefers resourceRequirements over the deprecated fields', () => {
    const size = containerSize(
      at({
        vcpus: 8,
        memory: 512,
        resourceRequirements: [{ type: 'VCPU', value: '2' }],
      }),
    );

    expect(size).toEqual({ vcpu: 2, memory: 512 });
  });

  it('answers undefined for what is not given', () => {
    expect(containerSize(at({ image: 'busybox' }))).toEqual({
      vcpu: undefined,
      memory: undefined,
    });
  });
});
