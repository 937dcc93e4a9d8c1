import { describe, expect, it } from 'vitest';

import {
  issueAt,
  named,
  ruleIssues,
  type Flagged,
  type Passed,
} from '../fixtures/rule-issues';
import { variant } from '../fixtures/variant';
import { containerUsers, roleArns, ulimitPairs } from './containers';
import type { Rule } from './context';

const C = 'containerProperties';
const TASK = ['ecsProperties', 'taskProperties', 0];
const TRANSCODE = [...TASK, 'containers', 0];
const ROLE_EXAMPLE = 'arn:aws:iam::123456789012:role/role-name';

function expectFlagged(rule: Rule, row: Flagged): void {
  const issues = ruleIssues(rule, row.input);
  const issue = issueAt(issues, row.path, row.code);

  expect(issue, JSON.stringify(issues, null, 2)).toBeDefined();
  expect(issue?.severity).toBe(row.severity ?? 'error');
  for (const text of row.says) expect(issue?.message).toContain(text);
}

describe('roleArns', () => {
  it.each(
    named<Passed>([
      {
        what: 'job and execution roles',
        input: variant('ec2-container-volumes'),
      },
      {
        what: 'task and execution roles',
        input: variant('fargate-ecs-multi-container'),
      },
      {
        what: 'a role with a path',
        input: variant('sleep10', [
          [C, 'jobRoleArn'],
          'arn:aws:iam::123456789012:role/service-role/batch-job',
        ]),
      },
      {
        what: 'a role in the China partition',
        input: variant('sleep10', [
          [C, 'jobRoleArn'],
          'arn:aws-cn:iam::123456789012:role/batch-job',
        ]),
      },
      {
        what: 'an empty role, left to the placeholder rule',
        input: variant('sleep10', [[C, 'jobRoleArn'], '']),
      },
    ]),
  )('accepts %s', (_what, { input }) => {
    expect(ruleIssues(roleArns, input)).toEqual([]);
  });

  it.each(
    named<Flagged>([
      {
        what: 'a role name instead of an ARN',
        input: variant('sleep10', [[C, 'jobRoleArn'], 'batch-job']),
        path: [C, 'jobRoleArn'],
        code: 'role-arn',
        says: ['Not an IAM role ARN', ROLE_EXAMPLE],
      },
      {
        what: 'a user ARN',
        input: variant('sleep10', [
          [C, 'executionRoleArn'],
          'arn:aws:iam::123456789012:user/deployer',
        ]),
        path: [C, 'executionRoleArn'],
        code: 'role-arn',
        says: [ROLE_EXAMPLE],
      },
      {
        what: 'an unrendered template',
        input: variant('fargate-ecs-multi-container', [
          [...TASK, 'taskRoleArn'],
          '${TASK_ROLE_ARN}',
        ]),
        path: [...TASK, 'taskRoleArn'],
        code: 'role-arn',
        says: [ROLE_EXAMPLE],
      },
      {
        what: 'an account id of 11 digits',
        input: variant('sleep10', [
          [C, 'jobRoleArn'],
          'arn:aws:iam::12345678901:role/batch-job',
        ]),
        path: [C, 'jobRoleArn'],
        code: 'role-arn',
        says: [ROLE_EXAMPLE],
      },
    ]),
  )('flags %s', (_what, row) => {
    expectFlagged(roleArns, row);
  });
});

describe('containerUsers', () => {
  it.each(
    named<Passed>([
      {
        what: 'a lower-case user name',
        input: variant('sleep10', [[C, 'user'], 'builder']),
      },
      {
        what: 'a numeric user id',
        input: variant('sleep10', [[C, 'user'], '1000']),
      },
      {
        what: 'uid:gid in a task container',
        input: variant('managed-instances-ecs'),
      },
      {
        what: 'user:group in a task container',
        input: variant('managed-instances-ecs', [
          [...TRANSCODE, 'user'],
          'media:staff',
        ]),
      },
    ]),
  )('accepts %s', (_what, { input }) => {
    expect(ruleIssues(containerUsers, input)).toEqual([]);
  });

  it.each(
    named<Flagged>([
      {
        what: 'uid:gid in containerProperties',
        input: variant('sleep10', [[C, 'user'], '1000:1000']),
        path: [C, 'user'],
        code: 'user',
        severity: 'warning',
        says: ['no ":"', 'use ecsProperties for user:group'],
      },
      {
        what: 'shell syntax as the user',
        input: variant('sleep10', [[C, 'user'], '$(id -u)']),
        path: [C, 'user'],
        code: 'user',
        severity: 'warning',
        says: ['lower-case name or number'],
      },
      {
        what: 'a user name over 31 characters',
        input: variant('sleep10', [[C, 'user'], 'u'.repeat(32)]),
        path: [C, 'user'],
        code: 'user',
        severity: 'warning',
        says: ['up to 31 characters'],
      },
      {
        what: 'three parts in a task user',
        input: variant('managed-instances-ecs', [
          [...TRANSCODE, 'user'],
          '1000:1000:1000',
        ]),
        path: [...TRANSCODE, 'user'],
        code: 'user',
        severity: 'warning',
        says: ['user, uid, user:group or uid:gid'],
      },
    ]),
  )('flags %s', (_what, row) => {
    expectFlagged(containerUsers, row);
  });
});

describe('ulimitPairs', () => {
  const ulimit = (softLimit: number, hardLimit: number) => [
    { name: 'nofile', softLimit, hardLimit },
  ];

  it.each([
    ['equal limits', ulimit(65536, 65536)],
    ['a soft limit below the hard one', ulimit(1024, 4096)],
    ['an unlimited hard limit (-1)', ulimit(1024, -1)],
    ['two unlimited limits', ulimit(-1, -1)],
  ])('accepts %s', (_what, ulimits) => {
    const input = variant('sleep10', [[C, 'ulimits'], ulimits]);

    expect(ruleIssues(ulimitPairs, input)).toEqual([]);
  });

  it.each([
    ['containerProperties', 'sleep10', [C]],
    ['a task container', 'managed-instances-ecs', TRANSCODE],
  ] as const)(
    'flags a soft limit above the hard one in %s',
    (_what, base, owner) => {
      expectFlagged(ulimitPairs, {
        what: 'soft above hard',
        input: variant(base, [[...owner, 'ulimits'], ulimit(8192, 4096)]),
        path: [...owner, 'ulimits', 0, 'softLimit'],
        code: 'ulimit',
        severity: 'warning',
        says: ['soft limit is above the hard limit'],
      });
    },
  );
});
