import { describe, expect, it } from 'vitest';

import {
  issueAt,
  named,
  ruleIssues,
  type Flagged,
  type Passed,
} from '../fixtures/rule-issues';
import { variant } from '../fixtures/variant';
import type { Rule } from './context';
import { managedInstancesFields } from './platform';

const TASK = ['ecsProperties', 'taskProperties', 0];

function expectFlagged(rule: Rule, row: Flagged): void {
  const issues = ruleIssues(rule, row.input);
  const issue = issueAt(issues, row.path, row.code);

  expect(issue, JSON.stringify(issues, null, 2)).toBeDefined();
  expect(issue?.severity).toBe(row.severity ?? 'error');
  for (const text of row.says) expect(issue?.message).toContain(text);
}

describe('managedInstancesFields', () => {
  it.each(
    named<Passed>([
      {
        what: 'a Linux task on Managed Instances',
        input: variant('managed-instances-ecs'),
      },
      {
        what: 'a task with no runtime platform',
        input: variant('managed-instances-ecs', [
          [...TASK, 'runtimePlatform'],
          undefined,
        ]),
      },
      {
        what: 'a Fargate task without networkMode',
        input: variant('fargate-ecs-multi-container'),
      },
      {
        what: 'Windows on Fargate, where it is allowed',
        input: variant('windows-fargate'),
      },
    ]),
  )('accepts %s', (_what, { input }) => {
    expect(ruleIssues(managedInstancesFields, input)).toEqual([]);
  });

  it.each(
    named<Flagged>([
      {
        what: 'networkMode on a Fargate task',
        input: variant('fargate-ecs-multi-container', [
          [...TASK, 'networkMode'],
          'host',
        ]),
        path: [...TASK, 'networkMode'],
        code: 'managed-instances-only',
        says: ['only for ECS Managed Instances', 'remove it'],
      },
      {
        what: 'Windows on Managed Instances',
        input: variant('managed-instances-ecs', [
          [...TASK, 'runtimePlatform', 'operatingSystemFamily'],
          'WINDOWS_SERVER_2022_CORE',
        ]),
        path: [...TASK, 'runtimePlatform', 'operatingSystemFamily'],
        code: 'managed-instances',
        says: ['LINUX only'],
      },
      {
        what: 'a Fargate platform version on Managed Instances',
        input: variant('managed-instances-ecs', [
          [...TASK, 'platformVersion'],
          'LATEST',
        ]),
        path: [...TASK, 'platformVersion'],
        code: 'fargate-only',
        severity: 'warning',
        says: ['only applies on Fargate'],
      },
      {
        what: 'ephemeral storage on Managed Instances',
        input: variant('managed-instances-ecs', [
          [...TASK, 'ephemeralStorage'],
          { sizeInGiB: 30 },
        ]),
        path: [...TASK, 'ephemeralStorage'],
        code: 'fargate-only',
        severity: 'warning',
        says: ['ignores it'],
      },
    ]),
  )('flags %s', (_what, row) => {
    expectFlagged(managedInstancesFields, row);
  });
});
