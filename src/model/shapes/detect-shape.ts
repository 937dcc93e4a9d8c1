import { isRecord } from './is-record';

/** What a pasted value looks like. */
export type PasteShape =
  'request' | 'describe' | 'cloudformation' | 'skeleton' | 'unknown';

/** The members of RegisterJobDefinitionRequest. */
export const REQUEST_KEYS: ReadonlySet<string> = new Set([
  'jobDefinitionName',
  'type',
  'parameters',
  'schedulingPriority',
  'containerProperties',
  'nodeProperties',
  'retryStrategy',
  'propagateTags',
  'timeout',
  'tags',
  'platformCapabilities',
  'eksProperties',
  'ecsProperties',
  'consumableResourceProperties',
]);

/** The properties of an AWS::Batch::JobDefinition resource. */
export const CLOUDFORMATION_KEYS: ReadonlySet<string> = new Set([
  ...[...REQUEST_KEYS].map((key) => key.charAt(0).toUpperCase() + key.slice(1)),
  'ResourceRetentionPolicy',
]);

const PROPERTY_BLOCKS = [
  'containerProperties',
  'nodeProperties',
  'eksProperties',
  'ecsProperties',
];

export const JOB_DEFINITION_RESOURCE = 'AWS::Batch::JobDefinition';

function count(keys: string[], known: ReadonlySet<string>): number {
  return keys.filter((key) => known.has(key)).length;
}

/**
 * Recognises what a user pasted. Describe output needs its always-present
 * read-only members (`jobDefinitionArn` or `revision`): a request that merely
 * carries a stray `status` stays a request, so the validator flags the key.
 */
export function detectShape(value: unknown): PasteShape {
  if (!isRecord(value)) {
    return 'unknown';
  }

  const has = (key: string) => Object.hasOwn(value, key);
  if (Array.isArray(value.jobDefinitions)) {
    return 'describe';
  }
  if (has('jobDefinitionArn') || has('revision')) {
    return 'describe';
  }
  if (isRecord(value.Resources) || value.Type === JOB_DEFINITION_RESOURCE) {
    return 'cloudformation';
  }

  const keys = Object.keys(value);
  const requestCount = count(keys, REQUEST_KEYS);
  if (count(keys, CLOUDFORMATION_KEYS) > requestCount) {
    return 'cloudformation';
  }
  const blocks = PROPERTY_BLOCKS.filter(has).length;
  if (value.jobDefinitionName === '' && blocks >= 2) {
    return 'skeleton';
  }
  return requestCount > 0 ? 'request' : 'unknown';
}
