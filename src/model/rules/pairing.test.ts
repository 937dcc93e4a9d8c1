import { describe, expect, it } from 'vitest';

import { fixture } from '../fixtures';
import {
  issueAt,
  named,
  ruleIssues,
  type Flagged,
  type Passed,
} from '../fixtures/rule-issues';
import { variant } from '../fixtures/variant';
import type { Rule } from './context';
import { nodeRangeBlocks, typeAndProperties } from './pairing';

const NODES = ['nodeProperties', 'nodeRangeProperties'];
const container = fixture('sleep10').containerProperties;
const pod = fixture('eks-init-containers-volumes').eksProperties;
const task = fixture('managed-instances-ecs').ecsProperties;

function expectFlagged(rule: Rule, row: Flagged): void {
  const issues = ruleIssues(rule, row.input);
  const issue = issueAt(issues, row.path, row.code);

  expect(issue, JSON.stringify(issues, null, 2)).toBeDefined();
  expect(issue?.severity).toBe(row.severity ?? 'error');
  for (const text of row.says) expect(issue?.message).toContain(text);
}

describe('typeAndProperties', () => {
  it.each(
    named<Passed>([
      {
        what: 'a container job with containerProperties',
        input: variant('sleep10'),
      },
      {
        what: 'a container job with ecsProperties',
        input: variant('managed-instances-ecs'),
      },
      {
        what: 'a container job with eksProperties',
        input: variant('eks-init-containers-volumes'),
      },
      {
        what: 'a multi-node job with nodeProperties',
        input: variant('multinode-ec2-nested-ranges'),
      },
      {
        what: 'a type the schema refuses',
        input: variant('sleep10', [['type'], 'batch']),
      },
    ]),
  )('accepts %s', (_what, { input }) => {
    expect(ruleIssues(typeAndProperties, input)).toEqual([]);
  });

  it.each(
    named<Flagged>([
      {
        what: 'nodeProperties on a container job',
        input: variant('multinode-ec2-nested-ranges', [['type'], 'container']),
        path: ['nodeProperties'],
        code: 'type-pairing',
        says: ['set type to "multinode", or remove nodeProperties'],
      },
      {
        what: 'a container job with no properties',
        input: variant('sleep10', [['containerProperties'], undefined]),
        path: ['type'],
        code: 'type-pairing',
        says: ['one of containerProperties, ecsProperties or eksProperties'],
      },
      {
        what: 'containerProperties beside ecsProperties',
        input: variant('sleep10', [['ecsProperties'], task]),
        path: ['ecsProperties'],
        code: 'type-pairing',
        says: [
          'Use only one of containerProperties and ecsProperties',
          'remove ecsProperties',
        ],
      },
      {
        what: 'all three property blocks',
        input: variant(
          'sleep10',
          [['ecsProperties'], task],
          [['eksProperties'], pod],
        ),
        path: ['eksProperties'],
        code: 'type-pairing',
        says: ['containerProperties and ecsProperties and eksProperties'],
      },
      {
        what: 'a multi-node job without nodeProperties',
        input: variant(
          'sleep10',
          [['type'], 'multinode'],
          [['containerProperties'], undefined],
        ),
        path: ['nodeProperties'],
        code: 'type-pairing',
        says: ['needs nodeProperties with its node ranges'],
      },
      {
        what: 'containerProperties on a multi-node job',
        input: variant('multinode-ec2-nested-ranges', [
          ['containerProperties'],
          container,
        ]),
        path: ['containerProperties'],
        code: 'type-pairing',
        says: [
          'in nodeProperties.nodeRangeProperties, not in containerProperties',
        ],
      },
      {
        what: 'eksProperties on a multi-node job',
        input: variant('multinode-eks', [['eksProperties'], pod]),
        path: ['eksProperties'],
        code: 'type-pairing',
        says: ['move it there, or set type to "container"'],
      },
      {
        what: 'an instance type on a single-node job',
        input: variant('sleep10', [
          ['containerProperties', 'instanceType'],
          'm6i.large',
        ]),
        path: ['containerProperties', 'instanceType'],
        code: 'single-node-instance-type',
        severity: 'warning',
        says: ['single-node jobs ignore it'],
      },
    ]),
  )('flags %s', (_what, row) => {
    expectFlagged(typeAndProperties, row);
  });

  it('reports the two-block case once per extra block', () => {
    const input = variant('sleep10', [['eksProperties'], pod]);

    expect(ruleIssues(typeAndProperties, input).map((i) => i.path)).toEqual([
      ['eksProperties'],
    ]);
  });
});

describe('nodeRangeBlocks', () => {
  it.each(
    named<Passed>([
      {
        what: 'ECS containers in every range',
        input: variant('multinode-ec2-nested-ranges'),
      },
      { what: 'EKS pods in every range', input: variant('multinode-eks') },
      {
        what: 'an ECS task in one range and a container in another',
        input: variant(
          'multinode-ec2-nested-ranges',
          [[...NODES, 1, 'container'], undefined],
          [[...NODES, 1, 'ecsProperties'], task],
        ),
      },
    ]),
  )('accepts %s', (_what, { input }) => {
    expect(ruleIssues(nodeRangeBlocks, input)).toEqual([]);
  });

  it.each(
    named<Flagged>([
      {
        what: 'a range with nothing to run',
        input: variant('multinode-ec2-nested-ranges', [
          [...NODES, 2, 'container'],
          undefined,
        ]),
        path: [...NODES, 2],
        code: 'node-range-pairing',
        says: ['container, ecsProperties or eksProperties'],
      },
      {
        what: 'a range with a container and a task',
        input: variant('multinode-ec2-nested-ranges', [
          [...NODES, 0, 'ecsProperties'],
          task,
        ]),
        path: [...NODES, 0, 'ecsProperties'],
        code: 'node-range-pairing',
        says: [
          'only one of container and ecsProperties',
          'remove ecsProperties',
        ],
      },
      {
        what: 'EKS and ECS ranges in one job',
        input: variant(
          'multinode-eks',
          [[...NODES, 1, 'eksProperties'], undefined],
          [[...NODES, 1, 'container'], container],
        ),
        path: NODES,
        code: 'node-range-pairing',
        severity: 'warning',
        says: ['mix EKS pods with ECS containers'],
      },
    ]),
  )('flags %s', (_what, row) => {
    expectFlagged(nodeRangeBlocks, row);
  });
});
