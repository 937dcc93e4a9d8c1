import { describe, expect, it } from 'vitest';

import { closestName } from './suggest';

const CONTAINER_KEYS = [
  'image',
  'command',
  'environment',
  'resourceRequirements',
  'linuxParameters',
  'logConfiguration',
  'mountPoints',
  'executionRoleArn',
  'jobRoleArn',
];
const TOP_LEVEL_KEYS = [
  'jobDefinitionName',
  'type',
  'containerProperties',
  'nodeProperties',
  'ecsProperties',
  'eksProperties',
  'platformCapabilities',
  'propagateTags',
];

describe('closestName', () => {
  it.each([
    ['Image', CONTAINER_KEYS, 'image', 'a case slip'],
    [
      'RESOURCEREQUIREMENTS',
      CONTAINER_KEYS,
      'resourceRequirements',
      'all capitals',
    ],
    ['comand', CONTAINER_KEYS, 'command', 'a missing letter'],
    ['commmand', CONTAINER_KEYS, 'command', 'an extra letter'],
    ['imgae', CONTAINER_KEYS, 'image', 'two swapped letters'],
    ['enviroment', CONTAINER_KEYS, 'environment', 'a common misspelling'],
    ['mountPoint', CONTAINER_KEYS, 'mountPoints', 'a singular for a plural'],
    [
      'resourceRequirement',
      CONTAINER_KEYS,
      'resourceRequirements',
      'a missing s',
    ],
    ['containerProperty', TOP_LEVEL_KEYS, 'containerProperties', 'y for ies'],
    ['platformCapability', TOP_LEVEL_KEYS, 'platformCapabilities', 'y for ies'],
    ['sizeInGib', ['sizeInGiB'], 'sizeInGiB', 'a case slip at the end'],
    ['executionRole', CONTAINER_KEYS, 'executionRoleArn', 'a dropped suffix'],
  ])('suggests the right name for %s (%s)', (unknown, known, expected) => {
    expect(closestName(unknown, known)).toBe(expected);
  });

  it.each([
    ['containerDefinitions', TOP_LEVEL_KEYS],
    ['cpu', CONTAINER_KEYS],
    ['xyz', TOP_LEVEL_KEYS],
    ['memoryReservation', CONTAINER_KEYS],
    ['image', []],
  ])('suggests nothing for %s, far from every known name', (unknown, known) => {
    expect(closestName(unknown, known)).toBeUndefined();
  });

  it('prefers a name that differs only in case over a closer edit', () => {
    expect(closestName('TYPE', ['type', 'TYPO'])).toBe('type');
  });

  it('allows a single edit in a short name', () => {
    expect(closestName('typ', ['type'])).toBe('type');
  });
});
