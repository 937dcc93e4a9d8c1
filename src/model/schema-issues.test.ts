import { describe, expect, it } from 'vitest';

import type { FixtureName } from './fixtures';
import { variant } from './fixtures/variant';
import type { IssuePath } from './issue';
import { schemaIssues } from './schema-issues';

const C = 'containerProperties';
const EKS = ['eksProperties', 'podProperties', 'containers', 0];
const TASK = ['ecsProperties', 'taskProperties', 0];
const RANGE = ['nodeProperties', 'nodeRangeProperties', 0];

type Row = [what: string, base: FixtureName, path: IssuePath, value: unknown];

/** The single issue the schema reports for one changed value. */
function onlyIssue(base: FixtureName, path: IssuePath, value: unknown) {
  const issues = schemaIssues(variant(base, [path, value]));

  expect(issues).toHaveLength(1);
  return issues[0];
}

describe('schemaIssues on types', () => {
  it.each(['sleep10', 'ec2-container-volumes', 'multinode-eks'] as const)(
    'accepts the %s fixture',
    (name) => {
      expect(schemaIssues(variant(name))).toEqual([]);
    },
  );

  it.each<Row>([
    ['schedulingPriority', 'sleep10', ['schedulingPriority'], '5'],
    ['retry attempts', 'sleep10', ['retryStrategy', 'attempts'], '3'],
    ['the timeout', 'sleep10', ['timeout', 'attemptDurationSeconds'], '600'],
    ['numNodes', 'multinode-eks', ['nodeProperties', 'numNodes'], '4'],
    ['mainNode', 'multinode-eks', ['nodeProperties', 'mainNode'], '0'],
    ['vcpus', 'sleep10', [C, 'vcpus'], '2'],
    ['memory', 'sleep10', [C, 'memory'], '2048'],
    [
      'ephemeral storage',
      'fargate-container',
      [C, 'ephemeralStorage', 'sizeInGiB'],
      '50',
    ],
    ['a ulimit', 'ec2-container-volumes', [C, 'ulimits', 0, 'hardLimit'], '8'],
    [
      'a tmpfs size',
      'ec2-container-volumes',
      [C, 'linuxParameters', 'tmpfs', 0, 'size'],
      '64',
    ],
    [
      'swappiness',
      'ec2-container-volumes',
      [C, 'linuxParameters', 'swappiness'],
      '10',
    ],
    [
      'the EKS user id',
      'eks-init-containers-volumes',
      [...EKS, 'securityContext', 'runAsUser'],
      '1000',
    ],
    [
      'a stop timeout',
      'fargate-ecs-multi-container',
      [...TASK, 'containers', 1, 'stopTimeout'],
      '30',
    ],
  ])('asks for a number, not text, in %s', (_what, base, path, value) => {
    const issue = onlyIssue(base, path, value);

    expect(issue).toMatchObject({
      path,
      severity: 'error',
      code: 'invalid_type',
    });
    expect(issue?.message).toContain(`write ${String(value)} without quotes`);
  });

  it.each<Row>([
    [
      'a resource value',
      'sleep10',
      [C, 'resourceRequirements', 0, 'value'],
      128,
    ],
    ['a command element', 'sleep10', [C, 'command', 1], 10],
    ['a parameter default', 'sleep10', ['parameters', 'threads'], 4],
    ['a tag value', 'sleep30-tags', ['tags', 'User'], 42],
    [
      'an environment value',
      'ec2-container-volumes',
      [C, 'environment', 0, 'value'],
      1,
    ],
    [
      'an EKS cpu limit',
      'eks-init-containers-volumes',
      [...EKS, 'resources', 'limits', 'cpu'],
      4,
    ],
    ['targetNodes', 'multinode-eks', [...RANGE, 'targetNodes'], 0],
    [
      'a log option',
      'fargate-container',
      [C, 'logConfiguration', 'options', 'awslogs-group'],
      7,
    ],
    [
      'a boolean resource value',
      'sleep10',
      [C, 'resourceRequirements', 0, 'value'],
      true,
    ],
  ])('asks for text in quotes in %s', (_what, base, path, value) => {
    const issue = onlyIssue(base, path, value);

    expect(issue).toMatchObject({
      path,
      severity: 'error',
      code: 'invalid_type',
    });
    expect(issue?.message).toContain(`write "${String(value)}" in quotes`);
  });

  it.each<Row>([
    ['propagateTags', 'sleep10', ['propagateTags'], 'true'],
    ['privileged', 'sleep10', [C, 'privileged'], 'false'],
    [
      'essential',
      'fargate-ecs-multi-container',
      [...TASK, 'containers', 1, 'essential'],
      'false',
    ],
    [
      'hostNetwork',
      'eks-init-containers-volumes',
      ['eksProperties', 'podProperties', 'hostNetwork'],
      'false',
    ],
    [
      'readOnly',
      'ec2-container-volumes',
      [C, 'mountPoints', 0, 'readOnly'],
      'true',
    ],
  ])('asks for a boolean without quotes in %s', (_what, base, path, value) => {
    const issue = onlyIssue(base, path, value);

    expect(issue).toMatchObject({
      path,
      severity: 'error',
      code: 'invalid_type',
    });
    expect(issue?.message).toBe('Must be true or false without quotes.');
  });

  it.each<[...Row, readonly string[]]>([
    [
      'a word for a boolean',
      'sleep10',
      ['propagateTags'],
      'yes',
      ['true or false', '"yes"'],
    ],
    [
      'null for the image',
      'sleep10',
      [C, 'image'],
      null,
      ['null is not allowed', 'remove the field'],
    ],
    ['null for a block', 'sleep10', [C], null, ['null is not allowed']],
    [
      'a list for an object',
      'sleep10',
      [C],
      [{ image: 'busybox' }],
      ['object { ... }', 'not a list'],
    ],
    [
      'a list for tags',
      'sleep30-tags',
      ['tags'],
      [{ Key: 'a' }],
      ['object { ... }'],
    ],
    [
      'an object for a list',
      'sleep10',
      [C, 'environment'],
      { A: '1' },
      ['list [ ... ]', 'not an object'],
    ],
    [
      'text for a list',
      'sleep10',
      [C, 'command'],
      'sleep 10',
      ['list [ ... ]', '"sleep 10"'],
    ],
    [
      'text for platforms',
      'sleep10',
      ['platformCapabilities'],
      'EC2',
      ['list [ ... ]'],
    ],
    [
      'a fraction for an integer',
      'sleep10',
      [C, 'vcpus'],
      2.5,
      ['whole number, not 2.5'],
    ],
    [
      'a word for a number',
      'sleep10',
      [C, 'vcpus'],
      'two',
      ['a number', '"two"'],
    ],
    [
      'a number for an object',
      'sleep10',
      ['timeout'],
      60,
      ['object { ... }', 'not 60'],
    ],
    [
      'a list for text',
      'sleep10',
      [C, 'image'],
      ['busybox'],
      ['Must be text, not a list'],
    ],
    [
      'long text, shortened',
      'sleep10',
      ['propagateTags'],
      'y'.repeat(60),
      [`not the text "${'y'.repeat(37)}..."`],
    ],
  ])('explains %s', (_what, base, path, value, says) => {
    const issue = onlyIssue(base, path, value);

    expect(issue).toMatchObject({
      path,
      severity: 'error',
      code: 'invalid_type',
    });
    for (const text of says) expect(issue?.message).toContain(text);
  });

  it('reports a list given as the whole request at the root', () => {
    expect(schemaIssues([1])).toMatchObject([
      {
        path: [],
        code: 'invalid_type',
        message: expect.stringContaining('not a list'),
      },
    ]);
  });
});
