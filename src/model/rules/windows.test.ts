import { describe, expect, it } from 'vitest';

import { issueAt, ruleIssues } from '../fixtures/rule-issues';
import { variant, type Change } from '../fixtures/variant';
import { windowsContainers } from './windows';

const C = 'containerProperties';
const TASK = ['ecsProperties', 'taskProperties', 0];
const efsVolume = {
  name: 'reports',
  efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0' },
};
const LINUX_ONLY: readonly [key: string, value: unknown][] = [
  ['linuxParameters', { initProcessEnabled: true }],
  ['privileged', false],
  ['user', 'ContainerUser'],
  ['ulimits', []],
  ['readonlyRootFilesystem', true],
];

const windows = (...changes: Change[]) =>
  variant('windows-fargate', ...changes);
/** The Fargate task fixture, turned into a Windows task. */
const windowsTask = (...changes: Change[]) =>
  variant(
    'fargate-ecs-multi-container',
    [
      [...TASK, 'runtimePlatform', 'operatingSystemFamily'],
      'WINDOWS_SERVER_2019_FULL',
    ],
    ...changes,
  );

function expectError(
  input: Record<string, unknown>,
  path: readonly (string | number)[],
  says: string,
): void {
  const issues = ruleIssues(windowsContainers, input);
  const issue = issueAt(issues, path, 'windows');

  expect(issue, JSON.stringify(issues, null, 2)).toBeDefined();
  expect(issue?.severity).toBe('error');
  expect(issue?.message).toContain(says);
}

describe('windowsContainers', () => {
  it.each([
    ['a Windows container on Fargate', windows()],
    [
      'Linux settings on Linux',
      variant('ec2-container-volumes', [
        [C, 'runtimePlatform'],
        { operatingSystemFamily: 'LINUX', cpuArchitecture: 'ARM64' },
      ]),
    ],
    [
      'Linux settings with no runtime platform',
      variant('ec2-container-volumes'),
    ],
    ['an ARM64 Linux task', variant('managed-instances-ecs')],
  ])('accepts %s', (_what, input) => {
    expect(ruleIssues(windowsContainers, input)).toEqual([]);
  });

  it.each(['WINDOWS_SERVER_2019_CORE', 'WINDOWS_SERVER_2022_FULL'])(
    'flags ARM64 with %s',
    (family) => {
      const input = windows(
        [[C, 'runtimePlatform', 'operatingSystemFamily'], family],
        [[C, 'runtimePlatform', 'cpuArchitecture'], 'ARM64'],
      );

      expectError(
        input,
        [C, 'runtimePlatform', 'cpuArchitecture'],
        'X86_64 only',
      );
    },
  );

  it.each(LINUX_ONLY)('flags %s on a Windows container', (key, value) => {
    expectError(
      windows([[C, key], value]),
      [C, key],
      `Windows containers do not support ${key}: remove it.`,
    );
  });

  it.each(LINUX_ONLY)(
    'flags %s on a container of a Windows task',
    (key, value) => {
      const container = [...TASK, 'containers', 1];

      expectError(
        windowsTask([[...container, key], value]),
        [...container, key],
        `do not support ${key}`,
      );
    },
  );

  it('flags ARM64 on a Windows task', () => {
    const input = windowsTask([
      [...TASK, 'runtimePlatform', 'cpuArchitecture'],
      'ARM64',
    ]);

    expectError(
      input,
      [...TASK, 'runtimePlatform', 'cpuArchitecture'],
      'X86_64 only',
    );
  });

  it('flags an EFS volume on a Windows container', () => {
    expectError(
      windows([[C, 'volumes'], [efsVolume]]),
      [C, 'volumes', 0, 'efsVolumeConfiguration'],
      'cannot mount EFS volumes',
    );
  });

  it('flags an EFS volume on a Windows task', () => {
    expectError(
      windowsTask([[...TASK, 'volumes', 1], efsVolume]),
      [...TASK, 'volumes', 1, 'efsVolumeConfiguration'],
      'cannot mount EFS volumes',
    );
  });

  it('reports every Linux-only field of a Windows task container', () => {
    const issues = ruleIssues(windowsContainers, windowsTask());

    // The fixture's log router runs as user "0"; the resize container sets ulimits.
    expect(issues.map((issue) => issue.path.slice(-2))).toEqual([
      [0, 'user'],
      [2, 'ulimits'],
    ]);
  });
});
