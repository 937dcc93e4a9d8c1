/**
 * Map-valued fields: their keys are the user's data (tag keys, parameter
 * names, log driver options, Kubernetes resources, labels and annotations)
 * and keep their spelling.
 */
export const MAP_FIELDS: ReadonlySet<string> = new Set([
  'parameters',
  'tags',
  'options',
  'limits',
  'requests',
  'labels',
  'annotations',
]);

/**
 * The API name of a CloudFormation property. Lower-casing the first letter is
 * exact for every Batch property (`SizeInGiB` → `sizeInGiB`, `Iam` → `iam`).
 */
export function apiKey(key: string): string {
  return key.charAt(0).toLowerCase() + key.slice(1);
}
