import { describe, expect, it } from 'vitest';

import {
  issueAt,
  named,
  ruleIssues,
  type Flagged,
  type Passed,
} from '../fixtures/rule-issues';
import { variant, type Change } from '../fixtures/variant';
import type { Rule } from './context';
import { ecsTask, fargateTaskUlimits } from './ecs';

const TASK = ['ecsProperties', 'taskProperties', 0];
const CONTAINERS = [...TASK, 'containers'];
// fargate-ecs-multi-container: 0 log-router (essential, FireLens router),
// 1 fetch-originals (not essential), 2 resize (waits for both, logs via FireLens).
const ROUTER = [...CONTAINERS, 0];
const FETCH = [...CONTAINERS, 1];
const RESIZE = [...CONTAINERS, 2];
const DEPENDENCY = (index: number) => [...RESIZE, 'dependsOn', index];

const task = (...changes: Change[]) =>
  variant('fargate-ecs-multi-container', ...changes);

function expectFlagged(rule: Rule, row: Flagged): void {
  const issues = ruleIssues(rule, row.input);
  const issue = issueAt(issues, row.path, row.code);

  expect(issue, JSON.stringify(issues, null, 2)).toBeDefined();
  expect(issue?.severity).toBe(row.severity ?? 'error');
  for (const text of row.says) expect(issue?.message).toContain(text);
}

describe('ecsTask', () => {
  it.each(
    named<Passed>([
      { what: 'a task with a log router and dependencies', input: task() },
      {
        what: 'a single unnamed container',
        input: variant('managed-instances-ecs'),
      },
      {
        what: 'ten uniquely named containers',
        input: variant('large-ecs-under-quota'),
      },
      {
        what: 'essential left out, which means true',
        input: task([[...ROUTER, 'essential'], undefined]),
      },
      {
        what: 'COMPLETE on a non-essential container',
        input: task([[...DEPENDENCY(1), 'condition'], 'COMPLETE']),
      },
      {
        what: 'START on an essential container',
        input: task([[...DEPENDENCY(0), 'condition'], 'START']),
      },
      {
        what: 'a dependency without a condition',
        input: task([[...DEPENDENCY(0), 'condition'], undefined]),
      },
      {
        what: 'awslogs without a router',
        input: task(
          [[...ROUTER, 'firelensConfiguration'], undefined],
          [[...RESIZE, 'logConfiguration', 'logDriver'], 'awslogs'],
        ),
      },
    ]),
  )('accepts %s', (_what, { input }) => {
    expect(ruleIssues(ecsTask, input)).toEqual([]);
  });

  it.each(
    named<Flagged>([
      {
        what: 'a task with no essential container',
        input: task(
          [[...ROUTER, 'essential'], false],
          [[...RESIZE, 'essential'], false],
        ),
        path: CONTAINERS,
        code: 'ecs-essential',
        says: [
          'At least one container must be essential',
          'set essential to true',
        ],
      },
      {
        what: 'two containers of one name',
        input: task([[...FETCH, 'name'], 'resize']),
        path: [...RESIZE, 'name'],
        code: 'ecs-container-name',
        says: ['already named "resize"', 'must be unique'],
      },
      {
        what: 'a dependency without containerName',
        input: task([[...DEPENDENCY(0), 'containerName'], undefined]),
        path: DEPENDENCY(0),
        code: 'ecs-depends-on',
        says: ['Name the container to wait for in containerName'],
      },
      {
        what: 'a container that waits for itself',
        input: task([[...DEPENDENCY(0), 'containerName'], 'resize']),
        path: [...DEPENDENCY(0), 'containerName'],
        code: 'ecs-depends-on',
        says: ['cannot wait for itself'],
      },
      {
        what: 'a dependency on a missing container',
        input: task([[...DEPENDENCY(1), 'containerName'], 'fetch']),
        path: [...DEPENDENCY(1), 'containerName'],
        code: 'ecs-depends-on',
        says: ['No container of this task is named "fetch"'],
      },
      {
        what: 'a dependency on an unnamed container',
        input: task([[...FETCH, 'name'], undefined]),
        path: [...DEPENDENCY(1), 'containerName'],
        code: 'ecs-depends-on',
        says: ['named "fetch-originals"'],
      },
      {
        what: 'COMPLETE on an essential container',
        input: task([[...DEPENDENCY(0), 'condition'], 'COMPLETE']),
        path: [...DEPENDENCY(0), 'condition'],
        code: 'ecs-depends-on',
        says: [
          'COMPLETE needs "log-router" to be non-essential',
          'wait for START',
        ],
      },
      {
        what: 'SUCCESS on a container that is essential by default',
        input: task([[...FETCH, 'essential'], undefined]),
        path: [...DEPENDENCY(1), 'condition'],
        code: 'ecs-depends-on',
        says: ['SUCCESS needs "fetch-originals" to be non-essential'],
      },
      {
        what: 'awsfirelens without a log router',
        input: task([[...ROUTER, 'firelensConfiguration'], undefined]),
        path: [...RESIZE, 'logConfiguration', 'logDriver'],
        code: 'firelens',
        severity: 'warning',
        says: ['needs a log router', 'firelensConfiguration'],
      },
    ]),
  )('flags %s', (_what, row) => {
    expectFlagged(ecsTask, row);
  });

  it('checks the task of each node range on its own', () => {
    const range = ['nodeProperties', 'nodeRangeProperties', 0];
    const input = variant(
      'multinode-ec2-nested-ranges',
      [[...range, 'container'], undefined],
      [[...range, 'ecsProperties'], task().ecsProperties],
      [[...range, ...ROUTER, 'essential'], false],
      [[...range, ...RESIZE, 'essential'], false],
    );

    expect(ruleIssues(ecsTask, input).map((i) => [i.path, i.code])).toEqual([
      [[...range, ...CONTAINERS], 'ecs-essential'],
    ]);
  });
});

describe('fargateTaskUlimits', () => {
  const ULIMIT = [...RESIZE, 'ulimits', 0, 'name'];

  it.each(
    named<Passed>([
      { what: 'the nofile ulimit on Fargate', input: task() },
      {
        what: 'any ulimit on an EC2 task',
        input: variant(
          'managed-instances-ecs',
          [['platformCapabilities'], undefined],
          [
            [...CONTAINERS, 0, 'ulimits'],
            [{ name: 'core', softLimit: 0, hardLimit: 0 }],
          ],
        ),
      },
    ]),
  )('accepts %s', (_what, { input }) => {
    expect(ruleIssues(fargateTaskUlimits, input)).toEqual([]);
  });

  it('warns that Fargate only changes nofile', () => {
    expectFlagged(fargateTaskUlimits, {
      what: 'core on Fargate',
      input: task([ULIMIT, 'core']),
      path: ULIMIT,
      code: 'fargate-ignored',
      severity: 'warning',
      says: ['only lets you change the nofile ulimit, not core'],
    });
  });
});
