import { describe, expect, it } from 'vitest';

import { fixture, type FixtureName } from '../fixtures';
import { variant } from '../fixtures/variant';
import { allEcsContainers, child, located, readContext } from './context';

const paths = (items: readonly { path: readonly unknown[] }[]) =>
  items.map((item) => item.path);

describe('readContext', () => {
  it.each<[FixtureName, string]>([
    ['sleep10', 'EC2'],
    ['fargate-container', 'FARGATE'],
    ['managed-instances-ecs', 'MANAGED_INSTANCES'],
    ['eks-init-containers-volumes', 'EKS'],
    ['multinode-eks', 'EKS'],
    ['multinode-ec2-nested-ranges', 'EC2'],
  ])('reads the platform of %s as %s', (name, platform) => {
    expect(readContext(fixture(name)).platform).toBe(platform);
  });

  it.each<[string, unknown, string]>([
    ['EC2 given explicitly', ['EC2'], 'EC2'],
    ['the first of two platforms', ['FARGATE', 'EC2'], 'FARGATE'],
    ['an unknown platform', ['fargate'], 'EC2'],
    ['a platform that is not a list', 'FARGATE', 'EC2'],
  ])('reads %s', (_what, capabilities, platform) => {
    const root = variant('sleep10', [['platformCapabilities'], capabilities]);

    expect(readContext(root).platform).toBe(platform);
  });

  it('reads EKS from eksProperties, whatever the platform says', () => {
    const root = variant('eks-init-containers-volumes', [
      ['platformCapabilities'],
      ['FARGATE'],
    ]);

    expect(readContext(root).platform).toBe('EKS');
  });

  it('finds the containers of every node range', () => {
    const context = readContext(fixture('multinode-ec2-nested-ranges'));

    expect(paths(context.ranges)).toHaveLength(3);
    expect(paths(context.containers)).toEqual(
      [0, 1, 2].map((i) => [
        'nodeProperties',
        'nodeRangeProperties',
        i,
        'container',
      ]),
    );
  });

  it('finds the tasks and task containers of ecsProperties', () => {
    const context = readContext(fixture('fargate-ecs-multi-container'));
    const task = ['ecsProperties', 'taskProperties', 0];

    expect(paths(context.tasks)).toEqual([task]);
    expect(paths(context.taskContainers)).toEqual(
      [0, 1, 2].map((i) => [...task, 'containers', i]),
    );
    expect(
      context.taskContainers.every((c) => c.task === context.tasks[0]),
    ).toBe(true);
    expect(allEcsContainers(context)).toHaveLength(3);
  });

  it('finds the pod of every EKS node range', () => {
    const context = readContext(fixture('multinode-eks'));

    expect(paths(context.pods)).toEqual(
      [0, 1].map((i) => [
        'nodeProperties',
        'nodeRangeProperties',
        i,
        'eksProperties',
        'podProperties',
      ]),
    );
  });

  it('skips blocks and list items that are not objects', () => {
    const root = variant(
      'multinode-ec2-nested-ranges',
      [['nodeProperties', 'nodeRangeProperties', 1], 'range'],
      [['nodeProperties', 'nodeRangeProperties', 2, 'container'], []],
      [['containerProperties'], null],
      [['ecsProperties'], { taskProperties: 'task' }],
    );

    const context = readContext(root);

    expect(context.ranges).toHaveLength(2);
    expect(context.containers).toHaveLength(1);
    expect(context.tasks).toEqual([]);
  });
});

describe('located and child', () => {
  it('keeps the index of each object in a list', () => {
    expect(located(['list'], [{ a: 1 }, 2, null, { b: 2 }])).toEqual([
      { path: ['list', 0], value: { a: 1 } },
      { path: ['list', 3], value: { b: 2 } },
    ]);
  });

  it('answers an empty list for anything but a list', () => {
    expect(located(['x'], { 0: {} })).toEqual([]);
  });

  it('reads a nested object with its path, or nothing', () => {
    const parent = { path: ['p'], value: { inner: { a: 1 }, text: 'x' } };

    expect(child(parent, 'inner')).toEqual({
      path: ['p', 'inner'],
      value: { a: 1 },
    });
    expect(child(parent, 'text')).toBeUndefined();
    expect(child(parent, 'missing')).toBeUndefined();
  });
});
