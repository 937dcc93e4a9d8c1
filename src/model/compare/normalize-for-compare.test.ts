import { describe, expect, it } from 'vitest';

import { isSameDefinition, normalizeForCompare } from './normalize-for-compare';
import { sameJson } from './same-json';

const SLEEP10 = {
  jobDefinitionName: 'sleep10',
  type: 'container',
  containerProperties: {
    image: 'busybox',
    command: ['sleep', '10'],
    resourceRequirements: [
      { type: 'MEMORY', value: '128' },
      { type: 'VCPU', value: '1' },
    ],
  },
};

// What the local emulator describes after registering SLEEP10.
const DESCRIBED = {
  jobDefinitionName: 'sleep10',
  jobDefinitionArn:
    'arn:aws:batch:us-east-1:123456789012:job-definition/sleep10:1',
  revision: 1,
  status: 'ACTIVE',
  type: 'container',
  parameters: {},
  containerProperties: {
    image: 'busybox',
    command: ['sleep', '10'],
    volumes: [],
    environment: [],
    mountPoints: [],
    ulimits: [],
    resourceRequirements: [
      { value: '128', type: 'MEMORY' },
      { value: '1', type: 'VCPU' },
    ],
    secrets: [],
  },
  tags: {},
};

describe('normalizeForCompare', () => {
  it('strips read-only fields and empty lists and objects', () => {
    expect(normalizeForCompare(DESCRIBED)).toEqual(SLEEP10);
  });

  it.each([
    ['propagateTags', { propagateTags: false }],
    ['EC2 platform', { platformCapabilities: ['EC2'] }],
    ['containerOrchestrationType', { containerOrchestrationType: 'ECS' }],
    ['null fields', { timeout: null, schedulingPriority: null }],
  ])('drops %s, which AWS assumes anyway', (_name, extra) => {
    expect(normalizeForCompare({ ...SLEEP10, ...extra })).toEqual(SLEEP10);
  });

  it('drops the Fargate defaults that describe writes back', () => {
    const fargate = {
      jobDefinitionName: 'web',
      type: 'container',
      platformCapabilities: ['FARGATE'],
      containerProperties: {
        image: 'nginx',
        privileged: false,
        networkConfiguration: { assignPublicIp: 'DISABLED' },
        fargatePlatformConfiguration: { platformVersion: 'LATEST' },
        runtimePlatform: {
          operatingSystemFamily: 'LINUX',
          cpuArchitecture: 'X86_64',
        },
      },
    };

    expect(normalizeForCompare(fargate)).toEqual({
      jobDefinitionName: 'web',
      type: 'container',
      platformCapabilities: ['FARGATE'],
      containerProperties: { image: 'nginx' },
    });
  });

  it('keeps values that differ from the defaults', () => {
    const changed = {
      ...SLEEP10,
      propagateTags: true,
      containerProperties: { ...SLEEP10.containerProperties, privileged: true },
    };

    expect(normalizeForCompare(changed)).toEqual(changed);
  });

  it('drops defaults in every node range of a multi-node job', () => {
    const job = {
      jobDefinitionName: 'mpi',
      type: 'multinode',
      nodeProperties: {
        numNodes: 2,
        mainNode: 0,
        nodeRangeProperties: [
          {
            targetNodes: '0:',
            container: { image: 'mpi', readonlyRootFilesystem: false },
          },
        ],
      },
    };

    expect(normalizeForCompare(job)).toEqual({
      ...job,
      nodeProperties: {
        ...job.nodeProperties,
        nodeRangeProperties: [
          { targetNodes: '0:', container: { image: 'mpi' } },
        ],
      },
    });
  });

  it('upper-cases retry actions, as AWS stores them', () => {
    const job = {
      ...SLEEP10,
      retryStrategy: {
        attempts: 2,
        evaluateOnExit: [{ onExitCode: '1', action: 'exit' }],
      },
    };

    expect(normalizeForCompare(job)).toMatchObject({
      retryStrategy: { evaluateOnExit: [{ action: 'EXIT' }] },
    });
  });

  it('sorts environment variables by name and drops empty ones', () => {
    const job = {
      ...SLEEP10,
      containerProperties: {
        ...SLEEP10.containerProperties,
        environment: [
          { name: 'B', value: '2' },
          { name: 'EMPTY', value: '' },
          { name: 'A', value: '1' },
        ],
      },
    };

    expect(normalizeForCompare(job)).toMatchObject({
      containerProperties: {
        environment: [
          { name: 'A', value: '1' },
          { name: 'B', value: '2' },
        ],
      },
    });
  });

  it('sorts the keys of the result', () => {
    const normalized = normalizeForCompare({
      type: 'container',
      jobDefinitionName: 'a',
      containerProperties: { image: 'busybox', command: ['x'] },
    });

    expect(JSON.stringify(normalized)).toBe(
      '{"containerProperties":{"command":["x"],"image":"busybox"},"jobDefinitionName":"a","type":"container"}',
    );
  });

  it.each([
    [
      'a read-only mount point',
      {
        containerProperties: {
          mountPoints: [{ sourceVolume: 'v', readOnly: false }],
        },
      },
      { containerProperties: { mountPoints: [{ sourceVolume: 'v' }] } },
    ],
    [
      'the ECS platform version',
      {
        ecsProperties: {
          taskProperties: [
            { platformVersion: 'LATEST', containers: [{ image: 'a' }] },
          ],
        },
      },
      { ecsProperties: { taskProperties: [{ containers: [{ image: 'a' }] }] } },
    ],
    [
      'an essential ECS container',
      {
        ecsProperties: {
          taskProperties: [{ containers: [{ image: 'a', essential: true }] }],
        },
      },
      { ecsProperties: { taskProperties: [{ containers: [{ image: 'a' }] }] } },
    ],
    [
      'an EKS security context left at its defaults',
      {
        eksProperties: {
          podProperties: {
            containers: [
              { image: 'a', securityContext: { privileged: false } },
            ],
          },
        },
      },
      { eksProperties: { podProperties: { containers: [{ image: 'a' }] } } },
    ],
    [
      'EFS transit encryption turned off',
      {
        containerProperties: {
          volumes: [
            {
              name: 'v',
              efsVolumeConfiguration: {
                fileSystemId: 'fs-1',
                transitEncryption: 'DISABLED',
              },
            },
          ],
        },
      },
      {
        containerProperties: {
          volumes: [
            { name: 'v', efsVolumeConfiguration: { fileSystemId: 'fs-1' } },
          ],
        },
      },
    ],
  ])('drops the default of %s', (_name, job, expected) => {
    expect(normalizeForCompare(job)).toEqual(expected);
  });

  it('does not change its input', () => {
    const input = structuredClone(DESCRIBED);

    normalizeForCompare(input);

    expect(input).toEqual(DESCRIBED);
  });

  it('keeps a user key named __proto__ as data', () => {
    const job = JSON.parse(
      '{"jobDefinitionName":"a","type":"container","tags":{"__proto__":"x"}}',
    );

    const normalized = normalizeForCompare(job);

    expect(Object.keys((normalized as { tags: object }).tags)).toEqual([
      '__proto__',
    ]);
  });
});

describe('isSameDefinition', () => {
  it('finds a draft identical to the revision AWS described', () => {
    expect(isSameDefinition(SLEEP10, DESCRIBED)).toBe(true);
  });

  it('finds a draft whose variables are in another order identical', () => {
    const withEnv = (names: string[]) => ({
      ...SLEEP10,
      containerProperties: {
        ...SLEEP10.containerProperties,
        environment: names.map((name) => ({ name, value: name })),
      },
    });

    expect(isSameDefinition(withEnv(['A', 'B']), withEnv(['B', 'A']))).toBe(
      true,
    );
  });

  it('finds a changed command different', () => {
    const changed = {
      ...SLEEP10,
      containerProperties: {
        ...SLEEP10.containerProperties,
        command: ['sleep', '20'],
      },
    };

    expect(isSameDefinition(changed, DESCRIBED)).toBe(false);
  });
});

describe('sameJson', () => {
  it.each([
    [{ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }, true],
    [[1, 2], [2, 1], false],
    [{ a: 1 }, { a: 1, b: 2 }, false],
    [{ a: undefined }, { b: undefined }, false],
    ['1', 1, false],
    [null, null, true],
  ])('compares %j with %j: %s', (a, b, same) => {
    expect(sameJson(a, b)).toBe(same);
  });
});
