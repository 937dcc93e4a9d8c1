import { asRecord, has } from '../view';
import type { Rule } from './context';

const SINGLE_NODE_BLOCKS = [
  'containerProperties',
  'ecsProperties',
  'eksProperties',
] as const;
const RANGE_BLOCKS = ['container', 'ecsProperties', 'eksProperties'] as const;

/** `type` decides which property blocks the request may hold. */
export const typeAndProperties: Rule = ({ root }, report) => {
  const present = SINGLE_NODE_BLOCKS.filter((key) => has(root, key));

  if (root.type === 'container') {
    if (has(root, 'nodeProperties')) {
      report(
        ['nodeProperties'],
        'error',
        'type-pairing',
        'nodeProperties is for multi-node jobs: set type to "multinode", or remove nodeProperties.',
      );
    }
    if (present.length === 0 && !has(root, 'nodeProperties')) {
      report(
        ['type'],
        'error',
        'type-pairing',
        'A container job needs one of containerProperties, ecsProperties or eksProperties.',
      );
    }
    if (has(asRecord(root.containerProperties), 'instanceType')) {
      report(
        ['containerProperties', 'instanceType'],
        'warning',
        'single-node-instance-type',
        'instanceType only applies to the nodes of a multi-node job: single-node jobs ignore it.',
      );
    }
    for (const key of present.slice(1)) {
      report(
        [key],
        'error',
        'type-pairing',
        `Use only one of ${present.join(' and ')}: remove ${key} or the others.`,
      );
    }
  }

  if (root.type === 'multinode') {
    if (!has(root, 'nodeProperties')) {
      report(
        ['nodeProperties'],
        'error',
        'type-pairing',
        'A multi-node job needs nodeProperties with its node ranges.',
      );
    }
    for (const key of present) {
      report(
        [key],
        'error',
        'type-pairing',
        `A multi-node job describes its containers in nodeProperties.nodeRangeProperties, not in ${key}: move it there, or set type to "container".`,
      );
    }
  }
};

/** Each node range describes its nodes with exactly one block. */
export const nodeRangeBlocks: Rule = ({ ranges }, report) => {
  const styles = new Set<string>();
  for (const range of ranges) {
    const present = RANGE_BLOCKS.filter((key) => has(range.value, key));
    if (present.length === 0) {
      report(
        range.path,
        'error',
        'node-range-pairing',
        'Give this node range a container, ecsProperties or eksProperties.',
      );
    }
    for (const key of present.slice(1)) {
      report(
        [...range.path, key],
        'error',
        'node-range-pairing',
        `A node range takes only one of ${present.join(' and ')}: remove ${key} or the others.`,
      );
    }
    for (const key of present)
      styles.add(key === 'eksProperties' ? 'EKS' : 'ECS');
  }
  if (styles.size > 1) {
    report(
      ['nodeProperties', 'nodeRangeProperties'],
      'warning',
      'node-range-pairing',
      'Node ranges mix EKS pods with ECS containers; a job runs on one kind of compute environment.',
    );
  }
};
