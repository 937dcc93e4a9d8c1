import { formatPath } from '../path';

type Segment = string | number;

/** One leaf of a structural diff, in the summary's words. */
export interface LeafChange {
  readonly kind: 'added' | 'removed' | 'changed';
  readonly path: readonly Segment[];
  readonly before: unknown;
  readonly after: unknown;
}

const RESOURCES: Readonly<Record<string, { name: string; unit: string }>> = {
  MEMORY: { name: 'memory', unit: ' MiB' },
  VCPU: { name: 'vCPUs', unit: '' },
  GPU: { name: 'GPUs', unit: '' },
};

const ROLES: Readonly<Record<string, string>> = {
  jobRoleArn: 'job role',
  executionRoleArn: 'execution role',
};

/** A change inside a container, or undefined when no phrase fits. */
export function containerPhrase(
  change: LeafChange,
  inner: readonly Segment[],
): string | undefined {
  const [field, key, subKey] = inner;
  if (field === 'image' && inner.length === 1)
    return valuePhrase('image', change, { changedWord: true });
  if (field === 'command') return `command ${verb(change, inner.length)}`;
  if ((field === 'environment' || field === 'env') && typeof key === 'string')
    return `environment variable ${key} ${change.kind}`;
  if (field === 'resourceRequirements' && typeof key === 'string')
    return resourcePhrase(key, change);
  if (field === 'vcpus' && inner.length === 1)
    return resourcePhrase('VCPU', change);
  if (field === 'memory' && inner.length === 1)
    return resourcePhrase('MEMORY', change);
  if (field === 'resources' && typeof key === 'string' && subKey !== undefined)
    return valuePhrase(`${String(subKey)} ${key.replace(/s$/, '')}`, change);
  if (typeof field === 'string' && inner.length === 1 && field in ROLES)
    return valuePhrase(ROLES[field] ?? field, change, { changedWord: true });
  return undefined;
}

/** A change outside any container, or undefined when no phrase fits. */
export function jobPhrase(change: LeafChange): string | undefined {
  const [field, key] = change.path;
  const single = change.path.length === 1;
  if (field === 'jobDefinitionName' && single)
    return valuePhrase('name', change);
  if (field === 'type' && single) return valuePhrase('type', change);
  if (field === 'schedulingPriority' && single)
    return valuePhrase('scheduling priority', change);
  if (field === 'propagateTags' && single)
    return change.after === true
      ? 'tag propagation turned on'
      : 'tag propagation turned off';
  if (field === 'retryStrategy' && key === 'attempts')
    return valuePhrase('retry attempts', change);
  if (field === 'retryStrategy' && key === 'evaluateOnExit')
    return `retry conditions ${verb(change, change.path.length - 1)}`;
  if (field === 'timeout' && key === 'attemptDurationSeconds')
    return valuePhrase('timeout', change, { unit: ' seconds' });
  if (field === 'nodeProperties' && key === 'numNodes')
    return valuePhrase('number of nodes', change);
  if (field === 'nodeProperties' && key === 'mainNode')
    return valuePhrase('main node', change);
  if ((field === 'tags' || field === 'parameters') && typeof key === 'string')
    return valuePhrase(
      `${field === 'tags' ? 'tag' : 'parameter'} ${key}`,
      change,
      {
        changedWord: true,
      },
    );
  return undefined;
}

/**
 * The fallback: the path, cut at its first list index, and what happened
 * to it ("containerProperties.ulimits changed").
 */
export function genericPhrase(change: LeafChange): string {
  const cut = change.path.findIndex((segment) => typeof segment === 'number');
  const path = cut === -1 ? change.path : change.path.slice(0, cut);
  const kind = cut === -1 ? change.kind : 'changed';
  return `${formatPath(path.length > 0 ? path : change.path)} ${kind}`;
}

function resourcePhrase(type: string, change: LeafChange): string {
  const known = RESOURCES[type];
  return valuePhrase(known?.name ?? `resource ${type}`, change, {
    unit: known?.unit ?? '',
  });
}

interface PhraseOptions {
  /** "image changed: a → b" rather than "image a → b". */
  readonly changedWord?: boolean;
  readonly unit?: string;
}

/** "memory 2048 → 4096 MiB", "retry attempts added (3)", "tag team removed". */
function valuePhrase(
  subject: string,
  change: LeafChange,
  { changedWord = false, unit = '' }: PhraseOptions = {},
): string {
  if (change.kind === 'added')
    return `${subject} added (${show(change.after)}${unit})`;
  if (change.kind === 'removed')
    return `${subject} removed (was ${show(change.before)}${unit})`;

  const values = `${show(change.before)} → ${show(change.after)}${unit}`;
  return changedWord ? `${subject} changed: ${values}` : `${subject} ${values}`;
}

/** "added" or "removed" for the whole field, "changed" for a part of it. */
function verb(change: LeafChange, depth: number): string {
  return depth <= 1 ? change.kind : 'changed';
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
    return value.join(' ');
  return JSON.stringify(value);
}
