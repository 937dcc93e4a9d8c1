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
import { nodeInstanceTypes, nodeNamespaces, nodeRanges } from './multinode';

const NODES = ['nodeProperties', 'nodeRangeProperties'];
const target = (index: number) => [...NODES, index, 'targetNodes'];
const worker = (
  fixture('multinode-ec2-nested-ranges').nodeProperties as {
    nodeRangeProperties: { container: unknown }[];
  }
).nodeRangeProperties[0]?.container;

/** The EC2 multi-node fixture with these node ranges over numNodes nodes. */
const nodes = (numNodes: number, ...targets: unknown[]) =>
  variant(
    'multinode-ec2-nested-ranges',
    [['nodeProperties', 'numNodes'], numNodes],
    [NODES, targets.map((targetNodes) => ({ targetNodes, container: worker }))],
  );

function expectFlagged(rule: Rule, row: Flagged): void {
  const issues = ruleIssues(rule, row.input);
  const issue = issueAt(issues, row.path, row.code);

  expect(issue, JSON.stringify(issues, null, 2)).toBeDefined();
  expect(issue?.severity).toBe(row.severity ?? 'error');
  for (const text of row.says) expect(issue?.message).toContain(text);
}

describe('nodeRanges', () => {
  it.each(
    named<Passed>([
      {
        what: 'nested ranges, open at the end',
        input: variant('multinode-ec2-nested-ranges'),
      },
      { what: 'two ranges side by side', input: nodes(8, '0:3', '4:7') },
      { what: 'ranges open at either end', input: nodes(8, ':3', '4:') },
      { what: 'one range over every node', input: nodes(8, '0:') },
      { what: 'a single node', input: nodes(1, '0:0') },
      { what: 'the same range twice', input: nodes(4, '0:3', '0:3') },
      {
        what: 'a range nested in a nested range',
        input: nodes(10, '0:9', '2:7', '3:4'),
      },
      {
        what: 'the last node as main node',
        input: variant('multinode-eks', [['nodeProperties', 'mainNode'], 3]),
      },
      { what: '1,000 nodes', input: nodes(1000, '0:') },
    ]),
  )('accepts %s', (_what, { input }) => {
    expect(ruleIssues(nodeRanges, input)).toEqual([]);
  });

  it.each(['3', 'a:b', '0-3', ':', '0:3:5', ' 0:3', '-1:3', ''])(
    'flags targetNodes "%s" as not start:end',
    (text) => {
      expectFlagged(nodeRanges, {
        what: text,
        input: nodes(8, '0:7', text),
        path: target(1),
        code: 'target-nodes',
        says: ['"start:end"', '"0:3"', '":3"', '"4:"'],
      });
    },
  );

  it.each(
    named<Flagged>([
      {
        what: 'a range that starts after it ends',
        input: nodes(8, '0:7', '5:2'),
        path: target(1),
        code: 'target-nodes',
        says: ['starts after it ends', 'write "2:5"'],
      },
      {
        what: 'an end past the last node',
        input: nodes(8, '0:8'),
        path: target(0),
        code: 'target-nodes',
        says: ['Node 8 does not exist', 'from 0 to 7'],
      },
      {
        what: 'an open range that starts past the last node',
        input: nodes(8, '0:7', '9:'),
        path: target(1),
        code: 'target-nodes',
        says: ['Node 9 does not exist', 'from 0 to 7'],
      },
      {
        what: 'a gap between ranges',
        input: nodes(8, '0:2', '5:7'),
        path: NODES,
        code: 'node-coverage',
        says: ['Nodes 3, 4 belong to no range', 'cover 0 to 7'],
      },
      {
        what: 'a gap at the end',
        input: nodes(8, ':5'),
        path: NODES,
        code: 'node-coverage',
        says: ['Nodes 6, 7 belong'],
      },
      {
        what: 'a long gap, counted',
        input: nodes(20, '0:0'),
        path: NODES,
        code: 'node-coverage',
        says: ['Nodes 1, 2, 3, 4, 5 and 14 more', 'cover 0 to 19'],
      },
      {
        what: 'partly overlapping ranges',
        input: nodes(8, '0:4', '3:7'),
        path: target(1),
        code: 'target-nodes',
        severity: 'warning',
        says: ['partly overlaps range 0', 'only nested ranges'],
      },
      {
        what: 'an overlap with the right range named',
        input: nodes(8, 'x', '0:4', '3:7'),
        path: target(2),
        code: 'target-nodes',
        severity: 'warning',
        says: ['partly overlaps range 1'],
      },
      {
        what: 'a main node past the last node',
        input: variant('multinode-eks', [['nodeProperties', 'mainNode'], 4]),
        path: ['nodeProperties', 'mainNode'],
        code: 'main-node',
        says: ['from 0 to 3', 'there are 4 nodes'],
      },
      {
        what: 'more than 1,000 nodes',
        input: nodes(1001, '0:'),
        path: ['nodeProperties', 'numNodes'],
        code: 'node-count',
        severity: 'warning',
        says: ['1,000 nodes', 'service quota'],
      },
    ]),
  )('flags %s', (_what, row) => {
    expectFlagged(nodeRanges, row);
  });

  it('reports no gap when no range could be read', () => {
    const codes = ruleIssues(nodeRanges, nodes(8, 'x')).map((i) => i.code);

    expect(codes).toEqual(['target-nodes']);
  });

  it('leaves a targetNodes that is not text to the schema', () => {
    expect(ruleIssues(nodeRanges, nodes(8, 7))).toEqual([]);
  });

  it('checks nothing more without a node count', () => {
    const input = variant('multinode-eks', [['nodeProperties', 'numNodes'], 0]);

    expect(ruleIssues(nodeRanges, input)).toEqual([]);
  });
});

describe('nodeInstanceTypes', () => {
  const TYPE = (index: number) => [
    ...NODES,
    index,
    'container',
    'instanceType',
  ];

  it.each(
    named<Passed>([
      {
        what: 'one instance type in every range',
        input: variant('multinode-ec2-nested-ranges'),
      },
      {
        what: 'one instance type in every EKS range',
        input: variant('multinode-eks'),
      },
      { what: 'no instance type at all', input: nodes(8, '0:3', '4:7') },
      {
        what: 'the same type as a list and on a container',
        input: variant('multinode-ec2-nested-ranges', [
          [...NODES, 1, 'instanceTypes'],
          ['c6in.8xlarge'],
        ]),
      },
    ]),
  )('accepts %s', (_what, { input }) => {
    expect(ruleIssues(nodeInstanceTypes, input)).toEqual([]);
  });

  it.each(
    named<Flagged>([
      {
        what: 'a container of another type',
        input: variant('multinode-ec2-nested-ranges', [
          TYPE(2),
          'c6in.16xlarge',
        ]),
        path: TYPE(2),
        code: 'instance-type',
        says: [
          'same instance type',
          'this is c6in.16xlarge, another range uses c6in.8xlarge',
        ],
      },
      {
        what: 'an EKS range of another type',
        input: variant('multinode-eks', [
          [...NODES, 1, 'instanceTypes', 0],
          'g5.48xlarge',
        ]),
        path: [...NODES, 1, 'instanceTypes', 0],
        code: 'instance-type',
        says: ['another range uses g5.12xlarge'],
      },
      {
        what: 'a list that disagrees with its own container',
        input: variant('multinode-ec2-nested-ranges', [
          [...NODES, 0, 'instanceTypes'],
          ['m6i.large'],
        ]),
        path: [...NODES, 0, 'instanceTypes', 0],
        code: 'instance-type',
        says: ['this is m6i.large'],
      },
    ]),
  )('flags %s', (_what, row) => {
    expectFlagged(nodeInstanceTypes, row);
  });
});

describe('nodeNamespaces', () => {
  const NAMESPACE = (index: number) => [
    ...NODES,
    index,
    'eksProperties',
    'podProperties',
    'metadata',
    'namespace',
  ];

  it.each(
    named<Passed>([
      { what: 'one namespace on every range', input: variant('multinode-eks') },
      {
        what: 'no namespace on any range',
        input: variant(
          'multinode-eks',
          [NAMESPACE(0), undefined],
          [NAMESPACE(1), undefined],
        ),
      },
      {
        what: 'a single EKS range',
        input: variant(
          'multinode-eks',
          [[...NODES, 1], undefined],
          [[...NODES, 0, 'targetNodes'], '0:'],
        ),
      },
      { what: 'ECS ranges', input: variant('multinode-ec2-nested-ranges') },
    ]),
  )('accepts %s', (_what, { input }) => {
    expect(ruleIssues(nodeNamespaces, input)).toEqual([]);
  });

  it.each(
    named<Flagged>([
      {
        what: 'two namespaces',
        input: variant('multinode-eks', [NAMESPACE(1), 'training-workers']),
        path: NODES,
        code: 'eks-namespace',
        says: ['same metadata.namespace'],
      },
      {
        what: 'a namespace on one range only',
        input: variant('multinode-eks', [NAMESPACE(1), undefined]),
        path: NODES,
        code: 'eks-namespace',
        says: ['same metadata.namespace'],
      },
    ]),
  )('flags %s', (_what, row) => {
    expectFlagged(nodeNamespaces, row);
  });
});
