import { describe, expect, it } from 'vitest';

import { fieldPathInMessage } from './field-path-in-message';

const EC2 = {
  jobDefinitionName: 'sleep10',
  type: 'container',
  platformCapabilities: ['EC2'],
  retryStrategy: {},
  containerProperties: {
    image: 'busybox',
    user: '$(id',
    executionRoleArn: 'XYZ',
    networkConfiguration: { assignPublicIp: 'ENABLED' },
    resourceRequirements: [
      { type: 'MEMORY', value: '1' },
      { type: 'VCPU', value: '1.0' },
    ],
  },
};

const EKS = {
  jobDefinitionName: 'pod',
  type: 'container',
  eksProperties: { podProperties: { containers: [{ name: 'main' }] } },
};

describe('fieldPathInMessage', () => {
  it.each([
    [
      'networkConfiguration not applicable for EC2.',
      EC2,
      ['containerProperties', 'networkConfiguration'],
    ],
    [
      'RetryAttempts must be provided with retry strategy',
      EC2,
      ['retryStrategy', 'attempts'],
    ],
    [
      'Value 1.0 for type VCPU in resourceRequirement is not valid. Please provide a numeric value.',
      EC2,
      ['containerProperties', 'resourceRequirements', 1],
    ],
    [
      'executionRoleArn XYZ is not an iam role arn',
      EC2,
      ['containerProperties', 'executionRoleArn'],
    ],
    ["User '$(id' does not match regex", EC2, ['containerProperties', 'user']],
    [
      'vCPU is not provided.',
      EC2,
      ['containerProperties', 'resourceRequirements'],
    ],
    [
      'Memory must be at least 4 Mib, got 1 Mib.',
      EC2,
      ['containerProperties', 'resourceRequirements'],
    ],
    [
      'containerProperties must contain image',
      { jobDefinitionName: 'a', type: 'container', containerProperties: {} },
      ['containerProperties', 'image'],
    ],
    [
      "type must be one of ('container', 'multinode')",
      { jobDefinitionName: 'a', type: 'containr' },
      ['type'],
    ],
    [
      'eksProperties.podProperties.containers must contain image',
      EKS,
      ['eksProperties', 'podProperties', 'containers', 0, 'image'],
    ],
  ])('finds the field of "%s"', (message, request, path) => {
    expect(fieldPathInMessage(message, request)).toEqual(path);
  });

  it('finds nothing when the message names no field of the model', () => {
    expect(fieldPathInMessage('Something went wrong.', EC2)).toBeUndefined();
  });

  it('survives a request that is not an object', () => {
    expect(fieldPathInMessage('type must be set', 'text')).toEqual(['type']);
  });
});
