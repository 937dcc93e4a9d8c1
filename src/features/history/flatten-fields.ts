import { fieldInfo } from '@/model/field-info';
import type { IssuePath } from '@/model/issue';
import { isRecord } from '@/model/shapes/is-record';

import { fieldLabel } from './field-label';
import { formatResourceRequirements } from './format-resource-requirements';

/** One field of a job definition as the read-only form shows it. */
export interface FlatField {
  readonly label: string;
  /** The value, one entry per line. */
  readonly lines: readonly string[];
}

const isScalar = (value: unknown) =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

const show = (value: unknown) =>
  typeof value === 'string' ? value : JSON.stringify(value);

/** Keys in the model's order, then any the model does not know. */
function orderedEntries(value: Record<string, unknown>, path: IssuePath) {
  const known = fieldInfo(path)?.keys ?? [];
  const keys = Object.keys(value);
  return [
    ...known.filter((key) => keys.includes(key)),
    ...keys.filter((key) => !known.includes(key)),
  ].map((key) => [key, value[key]] as const);
}

function isVariable(item: unknown): item is { name: string; value: unknown } {
  return (
    isRecord(item) &&
    typeof item.name === 'string' &&
    Object.keys(item).every((key) => key === 'name' || key === 'value')
  );
}

/**
 * The fields under `value` (found at `path` of a job definition), labelled
 * in words by their path within it: a list of text is one field in JSON,
 * resource requirements read "vCPU 1, memory 2048 MiB", environment
 * variables and maps show one entry per line, and the items of other lists
 * are numbered from 1.
 */
export function flattenFields(
  value: unknown,
  path: IssuePath = [],
  label = '',
): FlatField[] {
  const key = path.at(-1);
  if (isScalar(value)) return [{ label, lines: [show(value)] }];
  if (Array.isArray(value)) {
    if (key === 'resourceRequirements')
      return [{ label, lines: [formatResourceRequirements(value)] }];
    if (value.every((item) => typeof item === 'string'))
      return [
        {
          label,
          lines: [`[${value.map((item) => JSON.stringify(item)).join(', ')}]`],
        },
      ];
    if (value.every(isVariable))
      return [
        {
          label,
          lines: value.map((item) => `${item.name}=${show(item.value)}`),
        },
      ];
    return value.flatMap((item, index) =>
      flattenFields(item, [...path, index], `${label} ${index + 1}`),
    );
  }
  if (!isRecord(value)) return [];
  // A map that is a whole section (tags, parameters): one field per entry.
  if (fieldInfo(path)?.kind === 'map' && label === '')
    return Object.entries(value).map(([name, item]) => ({
      label: name,
      lines: [show(item)],
    }));
  if (fieldInfo(path)?.kind === 'map')
    return [
      {
        label,
        lines: Object.entries(value).map(
          ([name, item]) => `${name}: ${show(item)}`,
        ),
      },
    ];
  return orderedEntries(value, path).flatMap(([name, item]) =>
    flattenFields(
      item,
      [...path, name],
      label === '' ? fieldLabel(name) : `${label} › ${fieldLabel(name)}`,
    ),
  );
}
