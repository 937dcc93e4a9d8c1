import { isRecord } from '../shapes/is-record';
import {
  CONTAINERS,
  ECS_TASKS,
  EKS_PODS,
  type PathPattern,
} from './aws-defaults';
import { visitPath } from './visit-path';

/** A list AWS may hand back in any order, and the fields that order it. */
type UnorderedList = readonly [PathPattern, readonly string[]];

const ECS_CONTAINERS: readonly PathPattern[] = ECS_TASKS.map((task) => [
  ...task,
  'containers',
  '*',
]);
const EKS_CONTAINERS: readonly PathPattern[] = EKS_PODS.flatMap((pod) => [
  [...pod, 'containers', '*'],
  [...pod, 'initContainers', '*'],
]);

const CONTAINER_LISTS: readonly (readonly [string, readonly string[]])[] = [
  ['resourceRequirements', ['type']],
  ['secrets', ['name']],
  ['ulimits', ['name']],
  ['mountPoints', ['containerPath', 'sourceVolume']],
];

/**
 * Lists whose order means nothing to Batch: a container's resource
 * requirements, secrets, ulimits and mount points, and volumes, wherever
 * they occur (containers, node ranges, ECS task containers, EKS pods).
 */
const UNORDERED_LISTS: readonly UnorderedList[] = [
  ...[...CONTAINERS, ...ECS_CONTAINERS].flatMap((base) =>
    CONTAINER_LISTS.map(([key, by]): UnorderedList => [[...base, key], by]),
  ),
  ...[...CONTAINERS, ...ECS_TASKS, ...EKS_PODS].map((base): UnorderedList => [
    [...base, 'volumes'],
    ['name'],
  ]),
  ...EKS_CONTAINERS.map((base): UnorderedList => [
    [...base, 'volumeMounts'],
    ['mountPath', 'name'],
  ]),
];

/**
 * Sorts every list of `definition` whose order AWS does not keep, in place,
 * by the fields that identify an entry. The sort is stable: entries that
 * tie keep their order.
 */
export function sortUnorderedLists(definition: Record<string, unknown>): void {
  for (const [pattern, by] of UNORDERED_LISTS)
    visitPath(definition, pattern, (holder, key) => {
      const list = holder[key];
      if (Array.isArray(list))
        holder[key] = [...list].sort((a, b) => compareBy(a, b, by));
    });
}

function compareBy(a: unknown, b: unknown, by: readonly string[]): number {
  for (const field of by) {
    const left = textOf(a, field);
    const right = textOf(b, field);
    // Code unit order, as sortKeys uses: the same in every locale.
    if (left !== right) return left < right ? -1 : 1;
  }
  return 0;
}

function textOf(entry: unknown, field: string): string {
  if (!isRecord(entry)) return '';
  const value = entry[field];
  return typeof value === 'string' ? value : '';
}
