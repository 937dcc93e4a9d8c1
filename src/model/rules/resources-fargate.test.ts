import { describe, expect, it } from 'vitest';

import { issueAt, ruleIssues } from '../fixtures/rule-issues';
import { variant } from '../fixtures/variant';
import { fargateSizes } from './resources';

const C = 'containerProperties';
const REQ = [C, 'resourceRequirements'];
// fargate-container holds VCPU "1" at index 0 and MEMORY "2048" at index 1.
const VCPU = [...REQ, 0, 'value'];
const MEMORY = [...REQ, 1, 'value'];
const CONTAINERS = ['ecsProperties', 'taskProperties', 0, 'containers'];
const size = (index: number, type: 0 | 1) => [
  ...CONTAINERS,
  index,
  'resourceRequirements',
  type,
  'value',
];

const fargate = (vcpu: string, memory: string) =>
  variant('fargate-container', [VCPU, vcpu], [MEMORY, memory]);

// Every Fargate vCPU size with its smallest and largest memory (MiB).
const SIZES: readonly [vcpu: string, smallest: string, largest: string][] = [
  ['0.25', '512', '2048'],
  ['0.5', '1024', '4096'],
  ['1', '2048', '8192'],
  ['2', '4096', '16384'],
  ['4', '8192', '30720'],
  ['8', '16384', '61440'],
  ['16', '32768', '122880'],
  ['32', '61440', '249856'],
];

describe('fargateSizes on a single container', () => {
  it.each(
    SIZES.flatMap(([vcpu, low, high]) => [
      [vcpu, low],
      [vcpu, high],
    ]),
  )('accepts %s vCPU with %s MiB', (vcpu, memory) => {
    expect(ruleIssues(fargateSizes, fargate(vcpu, memory))).toEqual([]);
  });

  it.each([
    ['on EC2', variant('sleep10')],
    ['on Managed Instances', variant('managed-instances-ecs')],
    ['on EKS', variant('eks-init-containers-volumes')],
    [
      'when MEMORY is missing, which another rule reports',
      variant('fargate-container', [[...REQ, 1], undefined]),
    ],
    ['a vCPU written "0.50"', fargate('0.50', '1024')],
  ])('checks no pair %s', (_what, input) => {
    expect(ruleIssues(fargateSizes, input)).toEqual([]);
  });

  it.each<[vcpu: string, memory: string, next: string]>([
    ['1', '1024', '2048'],
    ['1', '2500', '3072'],
    ['0.25', '600', '1024'],
    ['2', '4000', '4096'],
    ['8', '18432', '20480'],
    ['16', '36864', '40960'],
    ['32', '65536', '122880'],
  ])(
    'flags MEMORY when %s vCPU with %s MiB is not allowed, naming %s MiB',
    (vcpu, memory, next) => {
      const issue = issueAt(
        ruleIssues(fargateSizes, fargate(vcpu, memory)),
        MEMORY,
        'fargate-pair',
      );
      const allowed = SIZES.find(([v]) => v === vcpu);

      expect(issue?.severity).toBe('error');
      expect(issue?.message).toContain(
        `${vcpu} vCPU with ${memory} MiB, which Fargate does not offer`,
      );
      expect(issue?.message).toContain(
        `the smallest allowed at or above ${memory} is ${next}`,
      );
      expect(issue?.message).toContain(`must be one of ${allowed?.[1]}, `);
      expect(issue?.message).toContain(`, ${allowed?.[2]} MiB`);
    },
  );

  it.each([
    ['0.25', '3072'],
    ['1', '8193'],
    ['4', '32768'],
    ['32', '262144'],
  ])('flags MEMORY above the largest for %s vCPU (%s MiB)', (vcpu, memory) => {
    const issue = issueAt(
      ruleIssues(fargateSizes, fargate(vcpu, memory)),
      MEMORY,
      'fargate-pair',
    );

    expect(issue?.severity).toBe('error');
    expect(issue?.message).toContain(
      `${memory} MiB is more than ${vcpu} vCPU allows: raise the vCPUs`,
    );
  });

  it.each(['3', '0.75', '64'])(
    'flags %s vCPU, which Fargate does not offer, listing the sizes',
    (vcpu) => {
      const issue = issueAt(
        ruleIssues(fargateSizes, fargate(vcpu, '8192')),
        VCPU,
        'fargate-pair',
      );

      expect(issue?.severity).toBe('error');
      expect(issue?.message).toContain(
        `${vcpu} vCPU, which Fargate does not offer: use 0.25, 0.5, 1, 2, 4, 8, 16, 32`,
      );
    },
  );

  it('flags the deprecated memory field when it makes the pair', () => {
    const input = variant(
      'fargate-container',
      [[...REQ, 1], undefined],
      [[C, 'memory'], 1024],
    );

    const issue = issueAt(
      ruleIssues(fargateSizes, input),
      [C, 'memory'],
      'fargate-pair',
    );

    expect(issue?.message).toContain(
      'the smallest allowed at or above 1024 is 2048',
    );
  });

  it('flags a GPU on Fargate at its entry', () => {
    const input = variant('fargate-container', [
      [...REQ, 2],
      { type: 'GPU', value: '1' },
    ]);

    expect(ruleIssues(fargateSizes, input)).toEqual([
      expect.objectContaining({
        path: [...REQ, 2],
        severity: 'error',
        code: 'fargate-gpu',
        message: expect.stringContaining('remove the GPU entry'),
      }),
    ]);
  });
});

describe('fargateSizes on an ECS task, summed over its containers', () => {
  it.each([
    [
      '0.25 + 0.25 + 1.5 vCPU with 512 + 512 + 3072 MiB',
      variant('fargate-ecs-multi-container'),
    ],
    [
      '0.75 + 0.25 vCPU with 1920 + 128 MiB',
      variant(
        'fargate-ecs-multi-container',
        [[...CONTAINERS, 2], undefined],
        [size(0, 0), '0.75'],
        [size(0, 1), '1920'],
        [size(1, 1), '128'],
      ),
    ],
    [
      'one container holding the whole size',
      variant(
        'fargate-ecs-multi-container',
        [[...CONTAINERS, 0, 'resourceRequirements'], undefined],
        [[...CONTAINERS, 1, 'resourceRequirements'], undefined],
        [size(2, 0), '4'],
        [size(2, 1), '30720'],
      ),
    ],
  ])('accepts %s', (_what, input) => {
    expect(ruleIssues(fargateSizes, input)).toEqual([]);
  });

  it('flags the task when its vCPUs add up to a size Fargate does not offer', () => {
    const input = variant('fargate-ecs-multi-container', [size(2, 0), '0.75']);

    const issue = issueAt(
      ruleIssues(fargateSizes, input),
      CONTAINERS,
      'fargate-pair',
    );

    expect(issue?.severity).toBe('error');
    expect(issue?.message).toContain(
      'The task (summed over its containers) asks for 1.25 vCPU',
    );
    expect(issue?.message).toContain('use 0.25, 0.5, 1, 2, 4, 8, 16, 32');
  });

  it('flags the task when its memory adds up to a size 2 vCPU does not allow', () => {
    const input = variant('fargate-ecs-multi-container', [size(2, 1), '2048']);

    const issue = issueAt(
      ruleIssues(fargateSizes, input),
      CONTAINERS,
      'fargate-pair',
    );

    expect(issue?.message).toContain('2 vCPU with 3072 MiB');
    expect(issue?.message).toContain(
      'the smallest allowed at or above 3072 is 4096',
    );
  });

  it('flags MEMORY of the only container of a task', () => {
    const input = variant(
      'fargate-ecs-multi-container',
      [[...CONTAINERS, 2], undefined],
      [[...CONTAINERS, 1], undefined],
      [size(0, 1), '4096'],
    );

    const issues = ruleIssues(fargateSizes, input);

    expect(issueAt(issues, size(0, 1), 'fargate-pair')?.message).toContain(
      '0.25 vCPU with 4096 MiB',
    );
  });

  it('flags a GPU in any task container', () => {
    const input = variant('fargate-ecs-multi-container', [
      [...CONTAINERS, 1, 'resourceRequirements', 2],
      { type: 'GPU', value: '1' },
    ]);

    expect(
      issueAt(
        ruleIssues(fargateSizes, input),
        [...CONTAINERS, 1, 'resourceRequirements', 2],
        'fargate-gpu',
      ),
    ).toBeDefined();
  });
});
