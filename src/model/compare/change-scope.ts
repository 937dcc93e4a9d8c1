import { isRecord } from '../shapes/is-record';

type Segment = string | number;

/** Where a change sits: which container, and the path inside it. */
export interface ChangeScope {
  /** Words naming the container, such as `nodes 0:`; empty for the job's own. */
  readonly label: string;
  /** The path inside the container; undefined outside any container. */
  readonly inner: readonly Segment[] | undefined;
}

interface ScopeRule {
  readonly prefix: readonly (string | '#')[];
  readonly label: (indexes: readonly number[], value: unknown) => string;
}

const RULES: readonly ScopeRule[] = [
  { prefix: ['containerProperties'], label: () => '' },
  {
    prefix: ['nodeProperties', 'nodeRangeProperties', '#', 'container'],
    label: (indexes, value) => nodesLabel(indexes, value),
  },
  {
    prefix: ['ecsProperties', 'taskProperties', '#', 'containers', '#'],
    label: ([task = 0, container = 0], value) =>
      containerLabel(
        at(value, [
          'ecsProperties',
          'taskProperties',
          task,
          'containers',
          container,
        ]),
        container,
      ),
  },
  {
    prefix: ['eksProperties', 'podProperties', 'containers', '#'],
    label: ([container = 0], value) =>
      containerLabel(
        at(value, ['eksProperties', 'podProperties', 'containers', container]),
        container,
      ),
  },
  {
    prefix: ['eksProperties', 'podProperties', 'initContainers', '#'],
    label: ([container = 0], value) =>
      `init ${containerLabel(
        at(value, [
          'eksProperties',
          'podProperties',
          'initContainers',
          container,
        ]),
        container,
      )}`,
  },
];

/**
 * Finds the container a change path is in, so that a change reads
 * "image changed (nodes 0:)" rather than naming the full path. `value` is
 * the definition the path points into, for names and node ranges.
 */
export function changeScope(
  path: readonly Segment[],
  value: unknown,
): ChangeScope {
  for (const rule of RULES) {
    const indexes = matchPrefix(path, rule.prefix);
    if (indexes)
      return {
        label: rule.label(indexes, value),
        inner: path.slice(rule.prefix.length),
      };
  }
  return { label: '', inner: undefined };
}

function matchPrefix(
  path: readonly Segment[],
  prefix: readonly (string | '#')[],
): number[] | undefined {
  if (path.length < prefix.length) return undefined;

  const indexes: number[] = [];
  for (const [position, expected] of prefix.entries()) {
    const segment = path[position];
    if (expected === '#' && typeof segment === 'number') indexes.push(segment);
    else if (segment !== expected) return undefined;
  }
  return indexes;
}

function nodesLabel(indexes: readonly number[], value: unknown): string {
  const [range = 0] = indexes;
  const targets = at(value, [
    'nodeProperties',
    'nodeRangeProperties',
    range,
    'targetNodes',
  ]);
  return typeof targets === 'string'
    ? `nodes ${targets}`
    : `node range ${range + 1}`;
}

function containerLabel(container: unknown, index: number): string {
  const name = at(container, ['name']);
  return typeof name === 'string'
    ? `container ${name}`
    : `container ${index + 1}`;
}

function at(value: unknown, path: readonly Segment[]): unknown {
  let node = value;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number')
      node = node[segment];
    else if (
      isRecord(node) &&
      typeof segment === 'string' &&
      Object.hasOwn(node, segment)
    )
      node = node[segment];
    else return undefined;
  }
  return node;
}
