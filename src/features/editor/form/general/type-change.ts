import type { IssuePath } from '@/model/issue';
import { asList, asRecord, type JsonRecord } from '@/model/view';

export type JobType = 'container' | 'multinode';

interface Edit {
  readonly path: IssuePath;
  readonly value: unknown;
}

/** What changing the job type does to the draft, and how to say it. */
export interface TypeChangePlan {
  readonly edits: readonly Edit[];
  readonly steps: readonly string[];
  /** True when something moves or goes away, so the user confirms first. */
  readonly isDestructive: boolean;
}

const SINGLE_TO_RANGE: Readonly<Record<string, string>> = {
  containerProperties: 'container',
  ecsProperties: 'ecsProperties',
  eksProperties: 'eksProperties',
};

/**
 * Plans a change of `type`. A single-node job's one block moves into a node
 * range covering every node; a multi-node job with one range moves that
 * range's block back to the top. Anything else stays where it is and is
 * flagged, never dropped.
 */
export function planTypeChange(value: unknown, next: JobType): TypeChangePlan {
  const root = asRecord(value) ?? {};
  const setType = { path: ['type'], value: next };
  return next === 'multinode'
    ? toMultinode(root, setType)
    : toContainer(root, setType);
}

function toMultinode(root: JsonRecord, setType: Edit): TypeChangePlan {
  const blocks = Object.keys(SINGLE_TO_RANGE).filter(
    (key) => root[key] !== undefined,
  );
  const steps = ['Sets type to "multinode".'];
  if (root.nodeProperties !== undefined) {
    return { edits: [setType], steps, isDestructive: false };
  }
  const [only] = blocks;
  const rangeKey = only === undefined ? 'container' : SINGLE_TO_RANGE[only];
  const range = {
    targetNodes: '0:',
    [rangeKey ?? 'container']: only === undefined ? {} : root[only],
  };
  const nodeProperties = {
    numNodes: 1,
    mainNode: 0,
    nodeRangeProperties: [range],
  };
  const edits: Edit[] = [
    setType,
    { path: ['nodeProperties'], value: nodeProperties },
  ];
  if (blocks.length !== 1 || only === undefined) {
    steps.push('Adds nodeProperties with one node range for every node.');
    return { edits, steps, isDestructive: false };
  }
  edits.push({ path: [only], value: undefined });
  steps.push(
    `Moves ${only} into nodeProperties.nodeRangeProperties[0].${rangeKey}, a node range for every node ("0:").`,
    'Sets numNodes to 1 and mainNode to 0: change the number of nodes next.',
  );
  return { edits, steps, isDestructive: true };
}

function toContainer(root: JsonRecord, setType: Edit): TypeChangePlan {
  const steps = ['Sets type to "container".'];
  const node = asRecord(root.nodeProperties);
  const ranges = asList(node?.nodeRangeProperties);
  const range = asRecord(ranges[0]);
  const hasTopBlock = Object.keys(SINGLE_TO_RANGE).some(
    (key) => root[key] !== undefined,
  );
  const moves = Object.entries(SINGLE_TO_RANGE).filter(
    ([, rangeKey]) => range?.[rangeKey] !== undefined,
  );
  const [move] = moves;
  if (!node || ranges.length !== 1 || moves.length !== 1 || hasTopBlock) {
    if (node) {
      steps.push(
        'Keeps nodeProperties in the JSON, flagged, until you remove it.',
      );
    }
    return { edits: [setType], steps, isDestructive: false };
  }
  const [topKey = 'containerProperties', rangeKey = 'container'] = move ?? [];
  const dropped = Object.keys(range ?? {}).filter((key) => key !== rangeKey);
  steps.push(
    `Moves nodeProperties.nodeRangeProperties[0].${rangeKey} to ${topKey}.`,
    `Removes nodeProperties (numNodes, mainNode${dropped.map((key) => `, ${key}`).join('')}).`,
  );
  return {
    edits: [
      setType,
      { path: [topKey], value: range?.[rangeKey] },
      { path: ['nodeProperties'], value: undefined },
    ],
    steps,
    isDestructive: true,
  };
}
