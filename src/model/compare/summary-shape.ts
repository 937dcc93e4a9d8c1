import { isRecord } from '../shapes/is-record';
import { setOwn } from '../shapes/set-own';
import {
  CONTAINERS,
  ECS_TASKS,
  ENVIRONMENT_LISTS,
  type PathPattern,
} from './aws-defaults';
import { visitPath } from './visit-path';

const RESOURCE_LISTS: readonly PathPattern[] = [
  ...CONTAINERS.map((container) => [...container, 'resourceRequirements']),
  ...ECS_TASKS.map((task) => [
    ...task,
    'containers',
    '*',
    'resourceRequirements',
  ]),
];

/**
 * A normalised definition reshaped for a change summary: environment lists
 * become objects keyed by variable name, and resource requirements objects
 * keyed by type, so that a diff speaks of `environment.FOO` and
 * `resourceRequirements.MEMORY` rather than of list positions.
 */
export function toSummaryShape(normalized: unknown): unknown {
  const copy = structuredClone(normalized);
  for (const pattern of ENVIRONMENT_LISTS)
    visitPath(copy, pattern, (holder, key) => {
      holder[key] = keyedBy(holder[key], 'name', 'value');
    });
  for (const pattern of RESOURCE_LISTS)
    visitPath(copy, pattern, (holder, key) => {
      holder[key] = keyedBy(holder[key], 'type', 'value');
    });
  return copy;
}

/** A list of `{ [keyField], [valueField] }` entries as one object. */
function keyedBy(list: unknown, keyField: string, valueField: string): unknown {
  if (!Array.isArray(list)) return list;

  const keyed: Record<string, unknown> = {};
  for (const entry of list)
    if (isRecord(entry) && typeof entry[keyField] === 'string')
      setOwn(keyed, entry[keyField], entry[valueField]);
  return keyed;
}
