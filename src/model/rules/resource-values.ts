import type { IssuePath } from '../issue';
import { asNumeric, asRecord, asString } from '../view';
import { located, type Located } from './context';

export interface ResourceEntry {
  readonly path: IssuePath;
  readonly type: string;
  /** The raw value, as the user wrote it. */
  readonly raw: unknown;
  /** The value as a number, when it reads as one. */
  readonly amount: number | undefined;
}

/** The resourceRequirements entries of a container, by type. */
export function resourceEntries(container: Located): ResourceEntry[] {
  return located(
    [...container.path, 'resourceRequirements'],
    container.value.resourceRequirements,
  ).flatMap(({ path, value }) => {
    const type = asString(value.type)?.toUpperCase();
    return type
      ? [
          {
            path: [...path, 'value'],
            type,
            raw: value.value,
            amount: asNumeric(value.value),
          },
        ]
      : [];
  });
}

export function firstOfType(
  entries: readonly ResourceEntry[],
  type: string,
): ResourceEntry | undefined {
  return entries.find((entry) => entry.type === type);
}

/** vCPUs and memory (MiB) of a container, from resourceRequirements or the deprecated fields. */
export function containerSize(container: Located): {
  vcpu: number | undefined;
  memory: number | undefined;
} {
  const entries = resourceEntries(container);
  const legacy = asRecord(container.value);
  return {
    vcpu: firstOfType(entries, 'VCPU')?.amount ?? asNumeric(legacy?.vcpus),
    memory: firstOfType(entries, 'MEMORY')?.amount ?? asNumeric(legacy?.memory),
  };
}
