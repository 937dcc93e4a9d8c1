import { describe, expect, it } from 'vitest';

import type { FixtureName } from './fixtures';
import { variant } from './fixtures/variant';
import type { IssuePath } from './issue';
import { schemaIssues } from './schema-issues';

const C = 'containerProperties';
const TASK = ['ecsProperties', 'taskProperties', 0];

type Row = [what: string, base: FixtureName, path: IssuePath, value: unknown];

/** The single issue the schema reports for one changed value. */
function onlyIssue(base: FixtureName, path: IssuePath, value: unknown) {
  const issues = schemaIssues(variant(base, [path, value]));

  expect(issues).toHaveLength(1);
  return issues[0];
}

describe('schemaIssues on allowed values', () => {
  it.each<[...Row, string]>([
    ['type', 'sleep10', ['type'], 'Container', 'container'],
    [
      'a resource type',
      'sleep10',
      [C, 'resourceRequirements', 0, 'type'],
      'memory',
      'MEMORY',
    ],
    [
      'a platform',
      'sleep10',
      ['platformCapabilities', 0],
      'fargate',
      'FARGATE',
    ],
    [
      'a log driver',
      'fargate-container',
      [C, 'logConfiguration', 'logDriver'],
      'AWSLogs',
      'awslogs',
    ],
    [
      'a DNS policy',
      'eks-init-containers-volumes',
      ['eksProperties', 'podProperties', 'dnsPolicy'],
      'clusterfirst',
      'ClusterFirst',
    ],
    [
      'transit encryption',
      'ec2-container-volumes',
      [C, 'volumes', 1, 'efsVolumeConfiguration', 'transitEncryption'],
      'enabled',
      'ENABLED',
    ],
  ])('suggests the right case for %s', (_what, base, path, value, right) => {
    const issue = onlyIssue(base, path, value);

    expect(issue).toMatchObject({
      path,
      severity: 'error',
      code: 'invalid_value',
    });
    expect(issue?.message).toBe(`Use "${right}": the value is case-sensitive.`);
  });

  it.each<[...Row, readonly string[]]>([
    [
      'a resource type',
      'sleep10',
      [C, 'resourceRequirements', 0, 'type'],
      'RAM',
      ['"RAM" is not allowed', '"GPU", "VCPU" or "MEMORY"'],
    ],
    [
      'a job type',
      'sleep10',
      ['type'],
      'multi-node',
      ['"container" or "multinode"'],
    ],
    [
      'the logentries driver',
      'fargate-container',
      [C, 'logConfiguration', 'logDriver'],
      'logentries',
      ['"awslogs"', '"splunk"', '"awsfirelens"'],
    ],
    [
      'a ulimit name',
      'ec2-container-volumes',
      [C, 'ulimits', 0, 'name'],
      'openfiles',
      ['"nofile"'],
    ],
    [
      'a network mode, which has one',
      'managed-instances-ecs',
      [...TASK, 'networkMode'],
      'bridge',
      ['"bridge" is not allowed: use "host".'],
    ],
  ])('lists the allowed values for %s', (_what, base, path, value, says) => {
    const issue = onlyIssue(base, path, value);

    expect(issue).toMatchObject({
      path,
      severity: 'error',
      code: 'invalid_value',
    });
    for (const text of says) expect(issue?.message).toContain(text);
  });

  it('accepts a retry action in any case, as AWS does', () => {
    const value = variant('ec2-container-volumes', [
      ['retryStrategy', 'evaluateOnExit', 2, 'action'],
      'exit',
    ]);

    expect(schemaIssues(value)).toEqual([]);
  });

  it('names both retry actions for an unknown one', () => {
    const issue = onlyIssue(
      'ec2-container-volumes',
      ['retryStrategy', 'evaluateOnExit', 2, 'action'],
      'stop',
    );

    expect(issue?.message).toBe('Use RETRY or EXIT.');
  });

  it.each<[...Row, code: string, says: string]>([
    [
      'a schedulingPriority above 9999',
      'sleep10',
      ['schedulingPriority'],
      10000,
      'too_big',
      '0 to 9999',
    ],
    [
      'a negative schedulingPriority',
      'sleep10',
      ['schedulingPriority'],
      -1,
      'too_small',
      '0 to 9999',
    ],
    [
      'a sizeInGiB below 21',
      'fargate-container',
      [C, 'ephemeralStorage', 'sizeInGiB'],
      20,
      'too_small',
      '21 to 200 GiB',
    ],
    [
      'a sizeInGiB above 200',
      'fargate-container',
      [C, 'ephemeralStorage', 'sizeInGiB'],
      201,
      'too_big',
      '21 to 200 GiB',
    ],
    [
      'a swappiness above 100',
      'ec2-container-volumes',
      [C, 'linuxParameters', 'swappiness'],
      101,
      'too_big',
      '0 to 100',
    ],
    [
      'a negative maxSwap',
      'ec2-container-volumes',
      [C, 'linuxParameters', 'maxSwap'],
      -1,
      'too_small',
      '0 (no swap)',
    ],
    [
      'a port above 65535',
      'ec2-container-volumes',
      [C, 'volumes', 1, 'efsVolumeConfiguration', 'transitEncryptionPort'],
      70000,
      'too_big',
      '0 to 65535',
    ],
    [
      'a volume name with a space',
      'ec2-container-volumes',
      [C, 'volumes', 0, 'name'],
      'scratch space',
      'invalid_format',
      'letters, digits, hyphens',
    ],
    [
      'a start timeout below 2',
      'fargate-ecs-multi-container',
      [...TASK, 'containers', 2, 'startTimeout'],
      1,
      'too_small',
      'at least 2 seconds',
    ],
    [
      'zero numNodes',
      'multinode-eks',
      ['nodeProperties', 'numNodes'],
      0,
      'too_small',
      'at least 1 node',
    ],
    [
      'two instanceTypes',
      'multinode-eks',
      ['nodeProperties', 'nodeRangeProperties', 0, 'instanceTypes'],
      ['g5.12xlarge', 'g5.24xlarge'],
      'too_big',
      'at most one',
    ],
    [
      'an empty task list',
      'managed-instances-ecs',
      ['ecsProperties', 'taskProperties'],
      [],
      'too_small',
      'exactly one task',
    ],
    [
      'a task without containers',
      'managed-instances-ecs',
      [...TASK, 'containers'],
      [],
      'too_small',
      'at least one container',
    ],
  ])('refuses %s out of range', (_what, base, path, value, code, says) => {
    const issue = onlyIssue(base, path, value);

    expect(issue).toMatchObject({ path, severity: 'error', code });
    expect(issue?.message).toContain(says);
  });
});

describe('schemaIssues on whole numbers beyond the safe range', () => {
  it('gives only the field’s own range when it has one (1e300 attempts)', () => {
    const issues = schemaIssues(
      variant('sleep10', [['retryStrategy'], { attempts: 1e300 }]),
    );

    expect(issues.map((issue) => issue.message)).toEqual([
      expect.stringMatching(/^Must be from 1 to 10/),
    ]);
  });

  it('words the safe bound plainly where the field has no upper range', () => {
    const issue = onlyIssue('sleep10', ['timeout'], {
      attemptDurationSeconds: 1e20,
    });

    expect(issue).toMatchObject({
      path: ['timeout', 'attemptDurationSeconds'],
      code: 'unsafe-integer',
      message:
        'Too large: AWS stores this field as a whole number of at most 2147483647.',
    });
  });
});

describe('schemaIssues on CloudFormation functions left in a request', () => {
  it('names the function and says to replace it with its value', () => {
    const issue = onlyIssue('sleep10', ['containerProperties', 'image'], {
      'Fn::Sub': '${AWS::AccountId}.dkr.ecr.amazonaws.com/app:1',
    });

    expect(issue?.message).toBe(
      'Fn::Sub is a CloudFormation function, which AWS Batch does not resolve: replace it with the value it stands for.',
    );
  });
});
