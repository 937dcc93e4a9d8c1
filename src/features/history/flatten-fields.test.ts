import { describe, expect, it } from 'vitest';

import { fieldLabel } from './field-label';
import { flattenFields } from './flatten-fields';

describe('flattenFields', () => {
  it("labels fields in words, in the model's order, and shows a list of text as JSON", () => {
    expect(
      flattenFields(
        {
          image: 'busybox',
          command: ['sleep', '10'],
          privileged: true,
          jobRoleArn: 'arn:aws:iam::123456789012:role/job',
        },
        ['containerProperties'],
      ),
    ).toEqual([
      { label: 'Image', lines: ['busybox'] },
      { label: 'Command', lines: ['["sleep", "10"]'] },
      { label: 'Job role ARN', lines: ['arn:aws:iam::123456789012:role/job'] },
      { label: 'Privileged', lines: ['true'] },
    ]);
  });

  it('shows resource requirements as vCPU and memory', () => {
    expect(
      flattenFields(
        {
          resourceRequirements: [
            { type: 'MEMORY', value: '2048' },
            { type: 'VCPU', value: '1' },
            { type: 'GPU', value: '2' },
          ],
        },
        ['containerProperties'],
      ),
    ).toEqual([
      {
        label: 'Resource requirements',
        lines: ['vCPU 1, memory 2048 MiB, GPU 2'],
      },
    ]);
  });

  it('shows environment variables and maps one per line', () => {
    expect(
      flattenFields(
        {
          environment: [
            { name: 'A', value: '1' },
            { name: 'B', value: 'two' },
          ],
          logConfiguration: { logDriver: 'awslogs', options: { x: 'y' } },
        },
        ['containerProperties'],
      ),
    ).toEqual([
      { label: 'Environment', lines: ['A=1', 'B=two'] },
      { label: 'Log configuration › Log driver', lines: ['awslogs'] },
      { label: 'Log configuration › Options', lines: ['x: y'] },
    ]);
  });

  it('numbers the items of a list of objects from 1', () => {
    expect(
      flattenFields(
        { mountPoints: [{ containerPath: '/data', sourceVolume: 'data' }] },
        ['containerProperties'],
      ),
    ).toEqual([
      { label: 'Mount points 1 › Container path', lines: ['/data'] },
      { label: 'Mount points 1 › Source volume', lines: ['data'] },
    ]);
  });
});

it('shows a map that is a whole section one field per key', () => {
  expect(flattenFields({ team: 'data', cost: '42' }, ['tags'])).toEqual([
    { label: 'team', lines: ['data'] },
    { label: 'cost', lines: ['42'] },
  ]);
});

describe('fieldLabel', () => {
  it.each([
    ['jobDefinitionName', 'Job definition name'],
    ['resourceRequirements', 'Resource requirements'],
    ['executionRoleArn', 'Execution role ARN'],
    ['sizeInGiB', 'Size in GiB'],
    ['ecsProperties', 'ECS properties'],
    ['eksProperties', 'EKS properties'],
    ['vcpus', 'vCPUs'],
    ['ipcMode', 'IPC mode'],
    ['fileSystemId', 'File system ID'],
  ])('turns %s into "%s"', (key, label) => {
    expect(fieldLabel(key)).toBe(label);
  });
});
