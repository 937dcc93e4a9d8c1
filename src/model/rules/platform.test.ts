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
import { ec2Fields, platformCapabilities } from './platform';

const C = 'containerProperties';
const TASK = ['ecsProperties', 'taskProperties', 0];
const PLATFORM = ['platformCapabilities'];
const FARGATE_ONLY = 'set platformCapabilities to ["FARGATE"]';
// managed-instances-ecs without its platform runs on EC2.
const ec2Task = (...extra: Change[]) =>
  variant(
    'managed-instances-ecs',
    [PLATFORM, undefined],
    [[...TASK, 'networkMode'], undefined],
    [[...TASK, 'runtimePlatform'], undefined],
    ...extra,
  );

function expectFlagged(rule: Rule, row: Flagged): void {
  const issues = ruleIssues(rule, row.input);
  const issue = issueAt(issues, row.path, row.code);

  expect(issue, JSON.stringify(issues, null, 2)).toBeDefined();
  expect(issue?.severity).toBe(row.severity ?? 'error');
  for (const text of row.says) expect(issue?.message).toContain(text);
}

describe('platformCapabilities', () => {
  it.each(
    named<Passed>([
      { what: 'EC2 by default', input: variant('sleep10') },
      {
        what: 'EC2 given explicitly',
        input: variant('sleep10', [PLATFORM, ['EC2']]),
      },
      {
        what: 'Fargate with containerProperties',
        input: variant('fargate-container'),
      },
      {
        what: 'Fargate with ecsProperties',
        input: variant('fargate-ecs-multi-container'),
      },
      {
        what: 'Managed Instances with ecsProperties',
        input: variant('managed-instances-ecs'),
      },
      {
        what: 'EKS without platform or tag propagation',
        input: variant('eks-init-containers-volumes'),
      },
      {
        what: 'a multi-node job on EC2',
        input: variant('multinode-ec2-nested-ranges', [PLATFORM, ['EC2']]),
      },
      { what: 'a multi-node job on EKS', input: variant('multinode-eks') },
    ]),
  )('accepts %s', (_what, { input }) => {
    expect(ruleIssues(platformCapabilities, input)).toEqual([]);
  });

  it.each(
    named<Flagged>([
      {
        what: 'a platform on EKS',
        input: variant('eks-init-containers-volumes', [PLATFORM, ['EC2']]),
        path: PLATFORM,
        code: 'platform',
        says: ['EKS job definitions take no platformCapabilities', 'remove it'],
      },
      {
        what: 'a platform on multi-node EKS',
        input: variant('multinode-eks', [PLATFORM, ['EC2']]),
        path: PLATFORM,
        code: 'platform',
        says: ['remove it'],
      },
      {
        what: 'propagateTags on EKS, even false',
        input: variant('eks-init-containers-volumes', [
          ['propagateTags'],
          false,
        ]),
        path: ['propagateTags'],
        code: 'platform',
        says: ['remove propagateTags'],
      },
      {
        what: 'two platforms',
        input: variant('sleep10', [PLATFORM, ['EC2', 'FARGATE']]),
        path: PLATFORM,
        code: 'platform',
        says: [
          'Give one platform',
          '["EC2"], ["FARGATE"] or ["MANAGED_INSTANCES"]',
        ],
      },
      {
        what: 'a multi-node job on Fargate',
        input: variant('multinode-ec2-nested-ranges', [PLATFORM, ['FARGATE']]),
        path: PLATFORM,
        code: 'platform',
        says: ['cannot run on Fargate', 'use EC2'],
      },
      {
        what: 'a multi-node job on Managed Instances',
        input: variant('multinode-ec2-nested-ranges', [
          PLATFORM,
          ['MANAGED_INSTANCES'],
        ]),
        path: PLATFORM,
        code: 'platform',
        says: ['cannot run on ECS Managed Instances'],
      },
      {
        what: 'containerProperties on Managed Instances',
        input: variant('fargate-container', [PLATFORM, ['MANAGED_INSTANCES']]),
        path: [C],
        code: 'platform',
        says: ['needs ecsProperties'],
      },
    ]),
  )('flags %s', (_what, row) => {
    expectFlagged(platformCapabilities, row);
  });
});

describe('ec2Fields', () => {
  it.each(
    named<Passed>([
      {
        what: 'a plain EC2 container',
        input: variant('ec2-container-volumes'),
      },
      { what: 'an EC2 task', input: ec2Task() },
      {
        what: 'Fargate settings on Fargate',
        input: variant('fargate-container'),
      },
      {
        what: 'Fargate task settings on Fargate',
        input: variant('fargate-ecs-multi-container'),
      },
      {
        what: 'host networking and a runtime platform on Managed Instances',
        input: variant('managed-instances-ecs'),
      },
    ]),
  )('accepts %s', (_what, { input }) => {
    expect(ruleIssues(ec2Fields, input)).toEqual([]);
  });

  it.each(
    named<Flagged>([
      {
        what: 'networkConfiguration on EC2',
        input: variant('sleep10', [
          [C, 'networkConfiguration'],
          { assignPublicIp: 'ENABLED' },
        ]),
        path: [C, 'networkConfiguration'],
        code: 'fargate-only',
        says: ['refuses it on EC2', FARGATE_ONLY],
      },
      {
        what: 'networkConfiguration on an EC2 task',
        input: ec2Task([[...TASK, 'networkConfiguration'], {}]),
        path: [...TASK, 'networkConfiguration'],
        code: 'fargate-only',
        says: ['refuses it on EC2'],
      },
      {
        what: 'networkConfiguration on Managed Instances',
        input: variant('managed-instances-ecs', [
          [...TASK, 'networkConfiguration'],
          { assignPublicIp: 'DISABLED' },
        ]),
        path: [...TASK, 'networkConfiguration'],
        code: 'fargate-only',
        says: ['refuses it on ECS Managed Instances'],
      },
      {
        what: 'fargatePlatformConfiguration on EC2',
        input: variant('sleep10', [
          [C, 'fargatePlatformConfiguration'],
          { platformVersion: 'LATEST' },
        ]),
        path: [C, 'fargatePlatformConfiguration'],
        code: 'fargate-only',
        says: ['refuses it on EC2', FARGATE_ONLY],
      },
      {
        what: 'platformVersion on an EC2 task',
        input: ec2Task([[...TASK, 'platformVersion'], 'LATEST']),
        path: [...TASK, 'platformVersion'],
        code: 'fargate-only',
        says: [FARGATE_ONLY],
      },
      {
        what: 'networkConfiguration in an EC2 node range',
        input: variant('multinode-ec2-nested-ranges', [
          [
            'nodeProperties',
            'nodeRangeProperties',
            0,
            'container',
            'networkConfiguration',
          ],
          {},
        ]),
        path: [
          'nodeProperties',
          'nodeRangeProperties',
          0,
          'container',
          'networkConfiguration',
        ],
        code: 'fargate-only',
        says: ['refuses it on EC2'],
      },
      {
        what: 'ephemeralStorage on EC2',
        input: variant('sleep10', [[C, 'ephemeralStorage'], { sizeInGiB: 30 }]),
        path: [C, 'ephemeralStorage'],
        code: 'fargate-only',
        severity: 'warning',
        says: ['only applies on Fargate'],
      },
      {
        what: 'runtimePlatform on an EC2 task',
        input: ec2Task([
          [...TASK, 'runtimePlatform'],
          { cpuArchitecture: 'ARM64' },
        ]),
        path: [...TASK, 'runtimePlatform'],
        code: 'fargate-only',
        severity: 'warning',
        says: ['only applies on Fargate'],
      },
      {
        what: 'networkMode on an EC2 task',
        input: ec2Task([[...TASK, 'networkMode'], 'host']),
        path: [...TASK, 'networkMode'],
        code: 'managed-instances-only',
        says: ['only for ECS Managed Instances', 'remove it'],
      },
    ]),
  )('flags %s', (_what, row) => {
    expectFlagged(ec2Fields, row);
  });
});
