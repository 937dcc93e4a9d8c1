import { describe, expect, it } from 'vitest';

import {
  issueAt,
  named,
  ruleIssues,
  type Flagged,
  type Passed,
} from '../fixtures/rule-issues';
import { variant } from '../fixtures/variant';
import { fargateFields } from './platform';

const C = 'containerProperties';
const TASK = ['ecsProperties', 'taskProperties', 0];
const ROUTER = [...TASK, 'containers', 0];
const RESIZE = [...TASK, 'containers', 2];

function expectFlagged(row: Flagged): void {
  const issues = ruleIssues(fargateFields, row.input);
  const issue = issueAt(issues, row.path, row.code);

  expect(issue, JSON.stringify(issues, null, 2)).toBeDefined();
  expect(issue?.severity).toBe(row.severity ?? 'error');
  for (const text of row.says) expect(issue?.message).toContain(text);
}

describe('fargateFields', () => {
  it.each(
    named<Passed>([
      { what: 'a Fargate container', input: variant('fargate-container') },
      {
        what: 'a Fargate task with FireLens and a nofile ulimit',
        input: variant('fargate-ecs-multi-container'),
      },
      {
        what: 'privileged set to false',
        input: variant('fargate-container', [[C, 'privileged'], false]),
      },
      {
        what: 'the splunk log driver',
        input: variant('fargate-container', [
          [C, 'logConfiguration', 'logDriver'],
          'splunk',
        ]),
      },
      {
        what: 'an init process',
        input: variant('fargate-container', [
          [C, 'linuxParameters'],
          { initProcessEnabled: true },
        ]),
      },
      {
        what: 'timeouts of 120 seconds',
        input: variant(
          'fargate-ecs-multi-container',
          [[...RESIZE, 'startTimeout'], 120],
          [[...RESIZE, 'stopTimeout'], 120],
        ),
      },
      {
        what: 'a task volume with no host path',
        input: variant('fargate-ecs-multi-container'),
      },
      {
        what: 'EC2-only fields on EC2',
        input: variant('ec2-container-volumes'),
      },
    ]),
  )('accepts %s', (_what, { input }) => {
    expect(ruleIssues(fargateFields, input)).toEqual([]);
  });

  it.each(
    named<Flagged>([
      {
        what: 'a container without an execution role',
        input: variant('fargate-container', [
          [C, 'executionRoleArn'],
          undefined,
        ]),
        path: [C, 'executionRoleArn'],
        code: 'fargate-execution-role',
        says: ['need an execution role', 'add executionRoleArn'],
      },
      {
        what: 'a task without an execution role',
        input: variant('fargate-ecs-multi-container', [
          [...TASK, 'executionRoleArn'],
          undefined,
        ]),
        path: [...TASK, 'executionRoleArn'],
        code: 'fargate-execution-role',
        says: ['add executionRoleArn to the task'],
      },
      {
        what: 'ulimits in containerProperties',
        input: variant('fargate-container', [
          [C, 'ulimits'],
          [{ name: 'nofile', softLimit: 1024, hardLimit: 4096 }],
        ]),
        path: [C, 'ulimits'],
        code: 'fargate-ignored',
        severity: 'warning',
        says: ['ignores ulimits', 'remove them'],
      },
      {
        what: 'an instance type',
        input: variant('fargate-container', [[C, 'instanceType'], 'm6i.large']),
        path: [C, 'instanceType'],
        code: 'fargate-ignored',
        severity: 'warning',
        says: ['remove it'],
      },
      {
        what: 'ipcMode on a task',
        input: variant('fargate-ecs-multi-container', [
          [...TASK, 'ipcMode'],
          'task',
        ]),
        path: [...TASK, 'ipcMode'],
        code: 'fargate-refused',
        says: ['does not support ipcMode', 'remove it'],
      },
      {
        what: 'a privileged container',
        input: variant('fargate-container', [[C, 'privileged'], true]),
        path: [C, 'privileged'],
        code: 'fargate-refused',
        says: ['remove privileged or set it to false'],
      },
      {
        what: 'a privileged task container',
        input: variant('fargate-ecs-multi-container', [
          [...ROUTER, 'privileged'],
          true,
        ]),
        path: [...ROUTER, 'privileged'],
        code: 'fargate-refused',
        says: ['cannot be privileged'],
      },
      {
        what: 'the json-file log driver',
        input: variant('fargate-container', [
          [C, 'logConfiguration', 'logDriver'],
          'json-file',
        ]),
        path: [C, 'logConfiguration', 'logDriver'],
        code: 'fargate-refused',
        says: ['awslogs and splunk', 'not json-file'],
      },
      {
        what: 'the fluentd driver on a task container',
        input: variant('fargate-ecs-multi-container', [
          [...ROUTER, 'logConfiguration', 'logDriver'],
          'fluentd',
        ]),
        path: [...ROUTER, 'logConfiguration', 'logDriver'],
        code: 'fargate-refused',
        says: ['not fluentd'],
      },
      {
        what: 'a start timeout over 120 seconds',
        input: variant('fargate-ecs-multi-container', [
          [...RESIZE, 'startTimeout'],
          121,
        ]),
        path: [...RESIZE, 'startTimeout'],
        code: 'fargate-refused',
        says: ['startTimeout can be at most 120 seconds'],
      },
      {
        what: 'a stop timeout over 120 seconds',
        input: variant('fargate-ecs-multi-container', [
          [...RESIZE, 'stopTimeout'],
          300,
        ]),
        path: [...RESIZE, 'stopTimeout'],
        code: 'fargate-refused',
        says: ['stopTimeout can be at most 120 seconds'],
      },
    ]),
  )('flags %s', (_what, row) => {
    expectFlagged(row);
  });

  it.each(['devices', 'maxSwap', 'swappiness', 'sharedMemorySize', 'tmpfs'])(
    'warns that Fargate does not support linuxParameters.%s',
    (key) => {
      const input = variant('fargate-container', [
        [C, 'linuxParameters', key],
        key === 'devices' || key === 'tmpfs' ? [] : 64,
      ]);

      expectFlagged({
        what: key,
        input,
        path: [C, 'linuxParameters', key],
        code: 'fargate-ignored',
        severity: 'warning',
        says: [`does not support linuxParameters.${key}`, 'remove it'],
      });
    },
  );

  // Host volumes are "not applicable" on Fargate with no known registration
  // error (reference §5.2): a warning, not an error.
  it.each([
    ['a container', 'fargate-container', [C]],
    ['a task', 'fargate-ecs-multi-container', TASK],
  ] as const)('warns about a host volume in %s', (_what, base, owner) => {
    const input = variant(base, [
      [...owner, 'volumes', 0],
      { name: 'cache', host: { sourcePath: '/var/cache' } },
    ]);

    expectFlagged({
      what: 'host volume',
      input,
      path: [...owner, 'volumes', 0, 'host'],
      code: 'fargate-ignored',
      severity: 'warning',
      says: ['host paths', 'EFS volume'],
    });
  });
});
