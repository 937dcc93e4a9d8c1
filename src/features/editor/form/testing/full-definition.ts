import { fieldInfo } from '@/model/field-info';
import type { IssuePath } from '@/model/issue';

/**
 * A value for the field at `path` that uses every field below it, from the
 * model's own description: one item per list, one entry per map. Container
 * resources get one entry of each type, as the form shows one input per
 * type. Test-only: the form must have a control for each of its leaves.
 */
export function fullValue(path: IssuePath): unknown {
  const info = fieldInfo(path);
  if (
    path[path.length - 1] === 'resourceRequirements' &&
    info?.kind === 'list'
  ) {
    return ['VCPU', 'MEMORY', 'GPU'].map((type) => ({ type, value: '1' }));
  }
  switch (info?.kind) {
    case 'object':
      return Object.fromEntries(
        info.keys.map((key) => [key, fullValue([...path, key])]),
      );
    case 'list':
      return [fullValue([...path, 0])];
    case 'map':
      return { key: 'value' };
    case 'integer':
      return 1;
    case 'number':
      return 1.5;
    case 'boolean':
      return true;
    case 'choice':
      return info.options[0] ?? 'value';
    default:
      return 'text';
  }
}

/**
 * The paths of `value` (at `path`) that one control edits: scalars, lists of
 * scalars and maps. A resource entry's type is edited by the input its value
 * sits in, so only its value counts.
 */
export function leafPaths(value: unknown, path: IssuePath): IssuePath[] {
  const kind = fieldInfo(path)?.kind;
  if (kind === 'map') return [path];
  if (Array.isArray(value)) {
    const isScalarList = value.every(
      (item) => typeof item !== 'object' || item === null,
    );
    return isScalarList
      ? [path]
      : value.flatMap((item, index) => leafPaths(item, [...path, index]));
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) =>
      isResourceType(path, key) ? [] : leafPaths(item, [...path, key]),
    );
  }
  return [path];
}

function isResourceType(path: IssuePath, key: string): boolean {
  return key === 'type' && path[path.length - 2] === 'resourceRequirements';
}
