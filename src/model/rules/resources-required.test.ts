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
import { requiredResources } from './resources';

const C = 'containerProperties';
const REQ = [C, 'resourceRequirements'];
const TASK = ['ecsProperties', 'taskProperties', 0];
const RANGE_1 = ['nodeProperties', 'nodeRangeProperties', 1, 'container'];
// sleep10 holds MEMORY "128" at index 0 and VCPU "1" at index 1.
const VCPU = [...REQ, 1, 'value'];

function expectFlagged(rule: Rule, row: Flagged): void {
  const issues = ruleIssues(rule, row.input);
  const issue = issueAt(issues, row.path, row.code);

  expect(issue, JSON.stringify(issues, null, 2)).toBeDefined();
  expect(issue?.severity).toBe(row.severity ?? 'error');
  for (const text of row.says) expect(issue?.message).toContain(text);
}

describe('requiredResources', () => {
  const ec2Task = variant(
    'managed-instances-ecs',
    [['platformCapabilities'], undefined],
    [[...TASK, 'networkMode'], undefined],
  );

  it.each(
    named<Passed>([
      { what: 'VCPU and MEMORY on EC2', input: variant('sleep10') },
      {
        what: 'the deprecated vcpus and memory',
        input: variant(
          'sleep10',
          [[...REQ], undefined],
          [[C, 'vcpus'], 1],
          [[C, 'memory'], 128],
        ),
      },
      {
        what: 'a fractional VCPU on Fargate',
        input: variant(
          'fargate-container',
          [[...REQ, 0, 'value'], '0.25'],
          [[...REQ, 1, 'value'], '512'],
        ),
      },
      {
        what: 'a fractional VCPU on Managed Instances',
        input: variant('managed-instances-ecs', [
          [...TASK, 'containers', 0, 'resourceRequirements', 0, 'value'],
          '0.5',
        ]),
      },
      {
        what: 'sizes given on one of several task containers',
        input: variant('fargate-ecs-multi-container', [
          [...TASK, 'containers', 0, 'resourceRequirements'],
          undefined,
        ]),
      },
      {
        what: 'a multi-node job with sizes on every range',
        input: variant('multinode-ec2-nested-ranges'),
      },
      {
        what: 'an EKS pod, sized in its own way',
        input: variant('eks-init-containers-volumes'),
      },
      {
        what: 'a task without containers, which the schema reports',
        input: variant('managed-instances-ecs', [[...TASK, 'containers'], []]),
      },
    ]),
  )('accepts %s', (_what, { input }) => {
    expect(ruleIssues(requiredResources, input)).toEqual([]);
  });

  it.each(
    named<Flagged>([
      {
        what: 'a missing VCPU',
        input: variant('sleep10', [[...REQ, 1], undefined]),
        path: [C],
        code: 'vcpu-missing',
        says: ['{"type": "VCPU", "value": "1"}'],
      },
      {
        what: 'a missing MEMORY',
        input: variant('sleep10', [[...REQ, 0], undefined]),
        path: [C],
        code: 'memory-missing',
        says: ['{"type": "MEMORY", "value": "2048"}'],
      },
      {
        what: 'a missing MEMORY on Fargate',
        input: variant('fargate-container', [[...REQ, 1], undefined]),
        path: [C],
        code: 'memory-missing',
        says: ['MEMORY entry'],
      },
      {
        what: 'a task with no VCPU anywhere',
        input: variant('managed-instances-ecs', [
          [...TASK, 'containers', 0, 'resourceRequirements', 0],
          undefined,
        ]),
        path: [...TASK, 'containers'],
        code: 'vcpu-missing',
        says: ['VCPU entry'],
      },
      {
        what: 'a node range with no MEMORY',
        input: variant('multinode-ec2-nested-ranges', [
          [...RANGE_1, 'resourceRequirements', 1],
          undefined,
        ]),
        path: RANGE_1,
        code: 'memory-missing',
        says: ['MEMORY entry'],
      },
      {
        what: 'half a vCPU on EC2',
        input: variant('sleep10', [VCPU, '0.5']),
        path: VCPU,
        code: 'ec2-vcpu',
        says: ['whole number such as "1"', 'fractions are for Fargate'],
      },
      {
        what: '"1.0" on EC2',
        input: variant('sleep10', [VCPU, '1.0']),
        path: VCPU,
        code: 'ec2-vcpu',
        says: ['"1"'],
      },
      {
        what: '2.5 vCPUs on EC2, rounded up',
        input: variant('sleep10', [VCPU, '2.5']),
        path: VCPU,
        code: 'ec2-vcpu',
        says: ['"3"'],
      },
      {
        what: 'a fraction in a task container on EC2',
        input: variant(
          'managed-instances-ecs',
          [['platformCapabilities'], undefined],
          [[...TASK, 'networkMode'], undefined],
          [
            [...TASK, 'containers', 0, 'resourceRequirements', 0, 'value'],
            '1.5',
          ],
        ),
        path: [...TASK, 'containers', 0, 'resourceRequirements', 0, 'value'],
        code: 'ec2-vcpu',
        says: ['"2"'],
      },
    ]),
  )('flags %s', (_what, row) => {
    expectFlagged(requiredResources, row);
  });

  it('accepts a whole VCPU in a task container on EC2', () => {
    expect(ruleIssues(requiredResources, ec2Task)).toEqual([]);
  });
});
