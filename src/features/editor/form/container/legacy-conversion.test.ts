import { describe, expect, it } from 'vitest';

import { planLegacyConversion } from './legacy-conversion';

const PATH = ['containerProperties'];

describe('planLegacyConversion', () => {
  it('replaces vcpus and memory by entries, and says so', () => {
    const plan = planLegacyConversion(
      { image: 'busybox', vcpus: 2, memory: 2048 },
      PATH,
    );

    expect(plan?.description).toBe(
      'Replaces vcpus: 2 and memory: 2048 with VCPU "2" and MEMORY "2048" entries in resourceRequirements.',
    );
    expect(plan?.edits).toEqual([
      {
        path: [...PATH, 'resourceRequirements'],
        value: [
          { type: 'VCPU', value: '2' },
          { type: 'MEMORY', value: '2048' },
        ],
      },
      { path: [...PATH, 'vcpus'], value: undefined },
      { path: [...PATH, 'memory'], value: undefined },
    ]);
  });

  it('appends to an existing list and keeps an entry already given', () => {
    const plan = planLegacyConversion(
      {
        vcpus: 2,
        memory: 512,
        resourceRequirements: [{ type: 'VCPU', value: '4' }],
      },
      PATH,
    );

    expect(plan?.description).toBe(
      'Replaces memory: 512 with a MEMORY "512" entry in resourceRequirements, and removes vcpus: 2, as resourceRequirements already has VCPU "4".',
    );
    expect(plan?.edits).toEqual([
      {
        path: [...PATH, 'resourceRequirements', 1],
        value: { type: 'MEMORY', value: '512' },
      },
      { path: [...PATH, 'vcpus'], value: undefined },
      { path: [...PATH, 'memory'], value: undefined },
    ]);
  });

  it('plans nothing for a container without vcpus or memory', () => {
    expect(planLegacyConversion({ image: 'busybox' }, PATH)).toBeUndefined();
  });
});
