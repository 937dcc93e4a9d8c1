import type { IssuePath } from '@/model/issue';
import { asList, asRecord } from '@/model/view';

interface Edit {
  readonly path: IssuePath;
  readonly value: unknown;
}

/** What "Convert to resource requirements" does, in words and as edits. */
export interface LegacyConversion {
  readonly description: string;
  readonly edits: readonly Edit[];
}

const LEGACY = [
  ['vcpus', 'VCPU'],
  ['memory', 'MEMORY'],
] as const;

/**
 * Plans replacing the deprecated vcpus and memory of the container at
 * `path` by resourceRequirements entries, or undefined when it has neither.
 * A type that already has an entry keeps it; the legacy key just goes.
 */
export function planLegacyConversion(
  container: unknown,
  path: IssuePath,
): LegacyConversion | undefined {
  const record = asRecord(container);
  const listValue = record?.resourceRequirements;
  const entries = asList(listValue).map((entry) => asRecord(entry));
  const replaced: string[] = [];
  const added: { type: string; value: string }[] = [];
  const dropped: string[] = [];
  const kept: string[] = [];

  for (const [key, type] of LEGACY) {
    const legacy = record?.[key];
    if (legacy === undefined) continue;
    const text = typeof legacy === 'string' ? legacy : JSON.stringify(legacy);
    const existing = entries.find((entry) => entry?.type === type);
    if (existing) {
      dropped.push(`${key}: ${text}`);
      kept.push(`${type} "${String(existing.value)}"`);
    } else {
      replaced.push(`${key}: ${text}`);
      added.push({ type, value: text });
    }
  }
  if (replaced.length === 0 && dropped.length === 0) return undefined;

  const listPath = [...path, 'resourceRequirements'];
  const adds: Edit[] = Array.isArray(listValue)
    ? added.map((entry, i) => ({
        path: [...listPath, listValue.length + i],
        value: entry,
      }))
    : added.length > 0
      ? [{ path: listPath, value: added }]
      : [];
  const removals = LEGACY.filter(([key]) => record?.[key] !== undefined).map(
    ([key]) => ({ path: [...path, key], value: undefined }),
  );
  return {
    description: describe(replaced, added, dropped, kept),
    edits: [...adds, ...removals],
  };
}

function describe(
  replaced: readonly string[],
  added: readonly { type: string; value: string }[],
  dropped: readonly string[],
  kept: readonly string[],
): string {
  const parts: string[] = [];
  if (replaced.length > 0) {
    const entries = added.map((entry) => `${entry.type} "${entry.value}"`);
    const what =
      entries.length === 1
        ? `a ${entries.join('')} entry`
        : `${entries.join(' and ')} entries`;
    parts.push(
      `Replaces ${replaced.join(' and ')} with ${what} in resourceRequirements`,
    );
  }
  if (dropped.length > 0) {
    const verb = parts.length === 0 ? 'Removes' : 'removes';
    parts.push(
      `${verb} ${dropped.join(' and ')}, as resourceRequirements already has ${kept.join(' and ')}`,
    );
  }
  return `${parts.join(', and ')}.`;
}
