import { describe, expect, it } from 'vitest';

import { changeSummary } from './change-summary';

const BASE = {
  jobDefinitionName: 'nightly',
  type: 'container',
  containerProperties: {
    image: 'busybox:1',
    command: ['sleep', '10'],
    resourceRequirements: [
      { type: 'VCPU', value: '1' },
      { type: 'MEMORY', value: '2048' },
    ],
    environment: [{ name: 'STAGE', value: 'dev' }],
  },
  tags: { team: 'data' },
};

type Container = Record<string, unknown>;

/** BASE with its container changed. */
function withContainer(change: (container: Container) => Container) {
  return { ...BASE, containerProperties: change(BASE.containerProperties) };
}

function resources(vcpus: string, memory: string) {
  return [
    { type: 'VCPU', value: vcpus },
    { type: 'MEMORY', value: memory },
  ];
}

describe('changeSummary', () => {
  it('says nothing when the definitions are the same', () => {
    expect(changeSummary(BASE, structuredClone(BASE))).toEqual([]);
  });

  it('says nothing about what AWS adds when it stores a definition', () => {
    const described = {
      ...BASE,
      revision: 3,
      parameters: {},
      containerProperties: {
        ...BASE.containerProperties,
        volumes: [],
        environment: [
          ...BASE.containerProperties.environment,
          { name: 'EMPTY', value: '' },
        ],
      },
    };

    expect(changeSummary(BASE, described)).toEqual([]);
  });

  it.each([
    ['memory', resources('1', '4096'), 'memory 2048 → 4096 MiB'],
    ['vCPUs', resources('2', '2048'), 'vCPUs 1 → 2'],
  ])('speaks of %s by its resource type', (_name, requirements, words) => {
    const after = withContainer((c) => ({
      ...c,
      resourceRequirements: requirements,
    }));

    expect(changeSummary(BASE, after)).toEqual([words]);
  });

  it('sees a resource requirement moved in the list as no change', () => {
    const after = withContainer((c) => ({
      ...c,
      resourceRequirements: [...resources('1', '2048')].reverse(),
    }));

    expect(changeSummary(BASE, after)).toEqual([]);
  });

  it('names a GPU requirement added', () => {
    const after = withContainer((c) => ({
      ...c,
      resourceRequirements: [
        ...resources('1', '2048'),
        { type: 'GPU', value: '1' },
      ],
    }));

    expect(changeSummary(BASE, after)).toEqual(['GPUs added (1)']);
  });

  it('speaks of the deprecated memory field as memory', () => {
    const before = withContainer((c) => ({ ...c, memory: 512 }));
    const after = withContainer((c) => ({ ...c, memory: 1024 }));

    expect(changeSummary(before, after)).toEqual(['memory 512 → 1024 MiB']);
  });

  it('gives the old and new image', () => {
    const after = withContainer((c) => ({ ...c, image: 'busybox:2' }));

    expect(changeSummary(BASE, after)).toEqual([
      'image changed: busybox:1 → busybox:2',
    ]);
  });

  it('says the command changed, once for several words', () => {
    const after = withContainer((c) => ({
      ...c,
      command: ['sh', '-c', 'sleep 20'],
    }));

    expect(changeSummary(BASE, after)).toEqual(['command changed']);
  });

  it.each([
    [
      'added',
      [...BASE.containerProperties.environment, { name: 'FOO', value: '1' }],
    ],
    ['removed', []],
    ['changed', [{ name: 'STAGE', value: 'prod' }]],
  ])('names an environment variable %s', (kind, environment) => {
    const name = kind === 'added' ? 'FOO' : 'STAGE';
    const after = withContainer((c) => ({ ...c, environment }));

    expect(changeSummary(BASE, after)).toEqual([
      `environment variable ${name} ${kind}`,
    ]);
  });

  it('does not show the values of environment variables', () => {
    const after = withContainer((c) => ({
      ...c,
      environment: [{ name: 'STAGE', value: 'secret-value' }],
    }));

    expect(changeSummary(BASE, after).join(' ')).not.toContain('secret');
  });

  it.each([
    [{ team: 'ml' }, 'tag team changed: data → ml'],
    [{ team: 'data', owner: 'ana' }, 'tag owner added (ana)'],
    [{}, 'tag team removed (was data)'],
  ])('names tag changes: %j', (tags, words) => {
    expect(changeSummary(BASE, { ...BASE, tags })).toEqual([words]);
  });

  it('says retry attempts were added', () => {
    const after = { ...BASE, retryStrategy: { attempts: 3 } };

    expect(changeSummary(BASE, after)).toEqual(['retry attempts added (3)']);
  });

  it('gives the old and new number of retry attempts', () => {
    const before = { ...BASE, retryStrategy: { attempts: 2 } };
    const after = { ...BASE, retryStrategy: { attempts: 5 } };

    expect(changeSummary(before, after)).toEqual(['retry attempts 2 → 5']);
  });

  it('says retry conditions changed, not the letter case of an action', () => {
    const conditions = (onExitCode: string, action: string) => ({
      ...BASE,
      retryStrategy: { attempts: 2, evaluateOnExit: [{ onExitCode, action }] },
    });

    expect(
      changeSummary(conditions('1', 'exit'), conditions('1', 'EXIT')),
    ).toEqual([]);
    expect(
      changeSummary(conditions('1', 'EXIT'), conditions('2', 'EXIT')),
    ).toEqual(['retry conditions changed']);
  });

  it('names a platform change, EC2 when none is given', () => {
    const after = { ...BASE, platformCapabilities: ['FARGATE'] };

    expect(changeSummary(BASE, after)).toEqual(['platform EC2 → FARGATE']);
  });

  it('names a type change', () => {
    const after = { ...BASE, type: 'multinode' };

    expect(changeSummary(BASE, after)).toEqual(['type container → multinode']);
  });

  it.each([
    [
      { timeout: { attemptDurationSeconds: 600 } },
      'timeout added (600 seconds)',
    ],
    [{ propagateTags: true }, 'tag propagation turned on'],
    [{ schedulingPriority: 5 }, 'scheduling priority added (5)'],
    [{ parameters: { input: 's3://a' } }, 'parameter input added (s3://a)'],
    [{ jobDefinitionName: 'daily' }, 'name nightly → daily'],
  ])('names a change of the job: %j', (change, words) => {
    expect(changeSummary(BASE, { ...BASE, ...change })).toEqual([words]);
  });

  it('names a role change with both ARNs', () => {
    const role = (name: string) => `arn:aws:iam::123456789012:role/${name}`;
    const before = withContainer((c) => ({ ...c, jobRoleArn: role('a') }));
    const after = withContainer((c) => ({ ...c, jobRoleArn: role('b') }));

    expect(changeSummary(before, after)).toEqual([
      `job role changed: ${role('a')} → ${role('b')}`,
    ]);
  });

  it('falls back to the path, cut at its first list index', () => {
    const ulimits = (softLimit: number) => [
      { name: 'nofile', softLimit, hardLimit: 65535 },
    ];
    const before = withContainer((c) => ({ ...c, ulimits: ulimits(1024) }));
    const after = withContainer((c) => ({ ...c, ulimits: ulimits(4096) }));

    expect(changeSummary(before, after)).toEqual([
      'containerProperties.ulimits changed',
    ]);
  });

  it('falls back to the whole path of an added field', () => {
    const after = withContainer((c) => ({
      ...c,
      linuxParameters: { sharedMemorySize: 64 },
    }));

    expect(changeSummary(BASE, after)).toEqual([
      'containerProperties.linuxParameters.sharedMemorySize added',
    ]);
  });

  it('names the node range of a multi-node container', () => {
    const job = (image: string) => ({
      jobDefinitionName: 'mpi',
      type: 'multinode',
      nodeProperties: {
        numNodes: 2,
        mainNode: 0,
        nodeRangeProperties: [{ targetNodes: '0:', container: { image } }],
      },
    });

    expect(changeSummary(job('mpi:1'), job('mpi:2'))).toEqual([
      'image changed: mpi:1 → mpi:2 (nodes 0:)',
    ]);
  });

  it('names an ECS container and an EKS container by name', () => {
    const job = (image: string, memory: string) => ({
      jobDefinitionName: 'pods',
      type: 'container',
      ecsProperties: {
        taskProperties: [{ containers: [{ name: 'app', image }] }],
      },
      eksProperties: {
        podProperties: {
          containers: [
            { name: 'main', image: 'x', resources: { limits: { memory } } },
          ],
        },
      },
    });

    expect(changeSummary(job('a', '1Gi'), job('b', '2Gi'))).toEqual([
      'image changed: a → b (container app)',
      'memory limit 1Gi → 2Gi (container main)',
    ]);
  });

  it('lists several changes in one summary', () => {
    const after = withContainer((c) => ({
      ...c,
      image: 'busybox:2',
      resourceRequirements: resources('1', '4096'),
    }));

    expect(changeSummary(BASE, after)).toEqual([
      'image changed: busybox:1 → busybox:2',
      'memory 2048 → 4096 MiB',
    ]);
  });
});
