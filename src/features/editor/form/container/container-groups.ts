import type { IssuePath } from '@/model/issue';

import { keyPaths, type Coverage } from '../coverage';

/** Which section of a container lays out which of its fields. */
export const CONTAINER_GROUPS = {
  container: [
    'image',
    'command',
    'jobRoleArn',
    'executionRoleArn',
    'resourceRequirements',
    'vcpus',
    'memory',
    'instanceType',
    'repositoryCredentials',
    'enableExecuteCommand',
  ],
  environment: ['environment', 'secrets'],
  linux: [
    'user',
    'privileged',
    'readonlyRootFilesystem',
    'linuxParameters',
    'volumes',
    'mountPoints',
    'ulimits',
  ],
  logging: ['logConfiguration'],
  fargate: [
    'fargatePlatformConfiguration',
    'networkConfiguration',
    'ephemeralStorage',
    'runtimePlatform',
  ],
} as const;

export type ContainerGroup = keyof typeof CONTAINER_GROUPS;

export const ALL_CONTAINER_KEYS: readonly string[] =
  Object.values(CONTAINER_GROUPS).flat();

/** The paths a group of a container's sections covers. */
export function groupCoverage(
  container: IssuePath,
  group: ContainerGroup,
): Coverage {
  if (group !== 'container') {
    return { within: keyPaths(container, CONTAINER_GROUPS[group]) };
  }
  // The container section also holds the block's own issues and unknown keys.
  const others = (Object.keys(CONTAINER_GROUPS) as ContainerGroup[])
    .filter((other) => other !== 'container')
    .flatMap((other) => keyPaths(container, CONTAINER_GROUPS[other]));
  return { within: [container], exclude: others };
}

/** Where the job's containers run, as the container sections need to know. */
export interface ContainerContext {
  readonly isFargate: boolean;
  readonly isMultinode: boolean;
}
