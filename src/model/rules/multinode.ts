import { asList, asNumber, asRecord, asString } from '../view';
import type { Rule } from './context';

const RANGE_PATTERN = /^(\d+)?:(\d+)?$/;

/** Main node, node ranges and their coverage of every node. */
export const nodeRanges: Rule = ({ root, ranges }, report) => {
  const node = asRecord(root.nodeProperties);
  const numNodes = asNumber(node?.numNodes);
  const mainNode = asNumber(node?.mainNode);
  if (numNodes === undefined || numNodes < 1) return;

  if (numNodes > 1000) {
    report(
      ['nodeProperties', 'numNodes'],
      'warning',
      'node-count',
      'More than 1,000 nodes needs a raised service quota.',
    );
  }
  if (mainNode !== undefined && mainNode >= numNodes) {
    report(
      ['nodeProperties', 'mainNode'],
      'error',
      'main-node',
      `The main node is an index from 0 to ${numNodes - 1}, since there are ${numNodes} nodes.`,
    );
  }

  const covered = new Array<boolean>(Math.min(numNodes, 100_000)).fill(false);
  const spans: { start: number; end: number; index: number }[] = [];
  for (const range of ranges) {
    const text = asString(range.value.targetNodes);
    if (text === undefined) continue;
    const path = [...range.path, 'targetNodes'];
    const match = RANGE_PATTERN.exec(text);
    if (!match || text === ':') {
      report(
        path,
        'error',
        'target-nodes',
        'Write the nodes as "start:end", such as "0:3", ":3" (from node 0) or "4:" (to the last node).',
      );
      continue;
    }
    const start = match[1] === undefined ? 0 : Number(match[1]);
    const end = match[2] === undefined ? numNodes - 1 : Number(match[2]);
    if (start > numNodes - 1) {
      report(
        path,
        'error',
        'target-nodes',
        `Node ${start} does not exist: nodes go from 0 to ${numNodes - 1}.`,
      );
      continue;
    }
    if (start > end) {
      report(
        path,
        'error',
        'target-nodes',
        `The range starts after it ends: write "${end}:${start}".`,
      );
      continue;
    }
    if (end > numNodes - 1) {
      report(
        path,
        'error',
        'target-nodes',
        `Node ${end} does not exist: nodes go from 0 to ${numNodes - 1}.`,
      );
    }
    for (const other of spans) {
      const overlaps = start <= other.end && other.start <= end;
      const nested =
        (start >= other.start && end <= other.end) ||
        (other.start >= start && other.end <= end);
      if (overlaps && !nested) {
        report(
          path,
          'warning',
          'target-nodes',
          `This range partly overlaps range ${other.index}; only nested ranges have a defined meaning.`,
        );
      }
    }
    // Name ranges by their place in nodeRangeProperties, unreadable ones included.
    spans.push({
      start,
      end,
      index: Number(range.path[range.path.length - 1]),
    });
    for (let i = start; i <= Math.min(end, covered.length - 1); i += 1)
      covered[i] = true;
  }

  const missing = covered.flatMap((isCovered, index) =>
    isCovered ? [] : [index],
  );
  if (missing.length > 0 && spans.length > 0) {
    report(
      ['nodeProperties', 'nodeRangeProperties'],
      'error',
      'node-coverage',
      `Nodes ${describeNodes(missing)} belong to no range: the ranges must cover 0 to ${numNodes - 1}.`,
    );
  }
};

function describeNodes(nodes: readonly number[]): string {
  const shown = nodes.slice(0, 5).join(', ');
  return nodes.length > 5 ? `${shown} and ${nodes.length - 5} more` : shown;
}

/** All nodes of a multi-node job run on one instance type. */
export const nodeInstanceTypes: Rule = ({ ranges }, report) => {
  const seen = new Map<string, string>();
  for (const range of ranges) {
    const fromContainer = asString(
      asRecord(range.value.container)?.instanceType,
    );
    const fromList = asString(asList(range.value.instanceTypes)[0]);
    const places: [string | undefined, (string | number)[]][] = [
      [fromContainer, [...range.path, 'container', 'instanceType']],
      [fromList, [...range.path, 'instanceTypes', 0]],
    ];
    for (const [type, path] of places) {
      if (type === undefined) continue;
      const first = seen.values().next().value;
      if (first !== undefined && !seen.has(type)) {
        report(
          path,
          'error',
          'instance-type',
          `Every node range must use the same instance type: this is ${type}, another range uses ${first}.`,
        );
      }
      seen.set(type, type);
    }
  }
};

/** An EKS multi-node job runs in one namespace. */
export const nodeNamespaces: Rule = ({ ranges, pods }, report) => {
  if (ranges.length < 2) return;
  const namespaces = new Set(
    pods.map((pod) => asString(asRecord(pod.value.metadata)?.namespace) ?? ''),
  );
  if (namespaces.size > 1) {
    report(
      ['nodeProperties', 'nodeRangeProperties'],
      'error',
      'eks-namespace',
      'Every node range must use the same metadata.namespace.',
    );
  }
};
