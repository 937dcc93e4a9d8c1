import { describe, expect, it } from 'vitest';

import { normalizeForCompare } from './normalize-for-compare';

const container = (properties: Record<string, unknown>) => ({
  jobDefinitionName: 'web',
  type: 'container',
  containerProperties: { image: 'busybox', ...properties },
});

const ecs = (container: Record<string, unknown>, task = {}) => ({
  jobDefinitionName: 'web',
  type: 'container',
  ecsProperties: {
    taskProperties: [{ ...task, containers: [{ name: 'app', ...container }] }],
  },
});

const multinode = (container: Record<string, unknown>) => ({
  jobDefinitionName: 'web',
  type: 'multinode',
  nodeProperties: {
    numNodes: 2,
    mainNode: 0,
    nodeRangeProperties: [
      { targetNodes: '0:', container: { image: 'busybox', ...container } },
    ],
  },
});

const MEMORY = { type: 'MEMORY', value: '1024' };
const VCPU = { type: 'VCPU', value: '1' };
const GPU = { type: 'GPU', value: '1' };

describe('normalizeForCompare on lists whose order means nothing', () => {
  it.each([
    ['a container', container],
    ['an ECS task container', ecs],
    ['a node range', multinode],
  ])('sorts the resource requirements of %s by type', (_where, make) => {
    expect(
      normalizeForCompare(make({ resourceRequirements: [VCPU, MEMORY, GPU] })),
    ).toEqual(
      normalizeForCompare(make({ resourceRequirements: [GPU, MEMORY, VCPU] })),
    );
    expect(
      JSON.stringify(
        normalizeForCompare(make({ resourceRequirements: [VCPU, MEMORY] })),
      ),
    ).toMatch(/"MEMORY".*"VCPU"/);
  });

  it.each([
    [
      'secrets by name',
      'secrets',
      [container, ecs, multinode],
      [
        { name: 'TOKEN', valueFrom: 'arn:token' },
        { name: 'API_KEY', valueFrom: 'arn:key' },
      ],
    ],
    [
      'ulimits by name',
      'ulimits',
      [container, ecs, multinode],
      [
        { name: 'nproc', softLimit: 10, hardLimit: 20 },
        { name: 'nofile', softLimit: 1024, hardLimit: 2048 },
      ],
    ],
    [
      'mount points by container path, then volume',
      'mountPoints',
      [container, ecs, multinode],
      [
        { containerPath: '/scratch', sourceVolume: 'tmp' },
        { containerPath: '/data', sourceVolume: 'data' },
        { containerPath: '/data', sourceVolume: 'cache' },
      ],
    ],
    [
      'volumes by name',
      'volumes',
      [container, multinode],
      [
        { name: 'tmp', host: { sourcePath: '/tmp' } },
        { name: 'data', host: { sourcePath: '/data' } },
      ],
    ],
  ])('sorts %s', (_what, key, places, list) => {
    const reversed = [...list].reverse();

    for (const make of places)
      expect(normalizeForCompare(make({ [key]: list }))).toEqual(
        normalizeForCompare(make({ [key]: reversed })),
      );
  });

  it('sorts the volumes of an ECS task by name', () => {
    const volumes = [{ name: 'b' }, { name: 'a', host: { sourcePath: '/a' } }];

    expect(normalizeForCompare(ecs({}, { volumes }))).toEqual(
      normalizeForCompare(ecs({}, { volumes: [...volumes].reverse() })),
    );
  });

  it('keeps the order of lists where order matters', () => {
    const command = ['sleep', '10'];
    const normalized = normalizeForCompare(
      container({ command: [...command].reverse() }),
    );

    expect(normalized).toMatchObject({
      containerProperties: { command: ['10', 'sleep'] },
    });
  });

  it('still tells a changed requirement apart', () => {
    expect(
      normalizeForCompare(container({ resourceRequirements: [VCPU, MEMORY] })),
    ).not.toEqual(
      normalizeForCompare(
        container({
          resourceRequirements: [{ type: 'MEMORY', value: '256' }, VCPU],
        }),
      ),
    );
  });
});
