import { describe, expect, it } from 'vitest';

import { detectShape } from './detect-shape';

const container = { image: 'busybox', command: ['true'] };

describe('detectShape', () => {
  it.each([
    {
      name: 'a request body',
      value: {
        jobDefinitionName: 'a',
        type: 'container',
        containerProperties: container,
      },
      shape: 'request',
    },
    {
      name: 'a request with a stray status',
      value: { jobDefinitionName: 'a', type: 'container', status: 'ACTIVE' },
      shape: 'request',
    },
    {
      name: 'a request with containerOrchestrationType',
      value: { jobDefinitionName: 'a', containerOrchestrationType: 'ECS' },
      shape: 'request',
    },
    {
      name: 'describe output',
      value: { jobDefinitions: [] },
      shape: 'describe',
    },
    {
      name: 'an SDK describe response',
      value: { $metadata: { httpStatusCode: 200 }, jobDefinitions: [{}] },
      shape: 'describe',
    },
    {
      name: 'one described job definition',
      value: { jobDefinitionName: 'a', jobDefinitionArn: 'arn:x', revision: 2 },
      shape: 'describe',
    },
    {
      name: 'a CloudFormation template',
      value: { AWSTemplateFormatVersion: '2010-09-09', Resources: {} },
      shape: 'cloudformation',
    },
    {
      name: 'a CloudFormation resource',
      value: { Type: 'AWS::Batch::JobDefinition', Properties: {} },
      shape: 'cloudformation',
    },
    {
      name: 'bare CloudFormation properties',
      value: {
        JobDefinitionName: 'a',
        Type: 'container',
        ContainerProperties: {},
      },
      shape: 'cloudformation',
    },
    {
      name: 'a CLI skeleton',
      value: {
        jobDefinitionName: '',
        type: 'container',
        containerProperties: {},
        nodeProperties: {},
        eksProperties: {},
      },
      shape: 'skeleton',
    },
    {
      name: 'a request with an empty name',
      value: {
        jobDefinitionName: '',
        type: 'container',
        containerProperties: container,
      },
      shape: 'request',
    },
    { name: 'an array', value: [{ jobDefinitionName: 'a' }], shape: 'unknown' },
    { name: 'a string', value: 'job', shape: 'unknown' },
    { name: 'null', value: null, shape: 'unknown' },
    {
      name: 'an object with no known key',
      value: { containerDefinitions: [] },
      shape: 'unknown',
    },
  ])('recognises $name as $shape', ({ value, shape }) => {
    expect(detectShape(value)).toBe(shape);
  });
});
