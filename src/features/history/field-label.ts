// Words the Batch console writes in capitals or its own way.
const WORDS: Readonly<Record<string, string>> = {
  arn: 'ARN',
  arns: 'ARNs',
  ecs: 'ECS',
  eks: 'EKS',
  efs: 'EFS',
  fsx: 'FSx',
  gpu: 'GPU',
  iam: 'IAM',
  id: 'ID',
  ipc: 'IPC',
  gib: 'GiB',
  mib: 'MiB',
  vcpu: 'vCPU',
  vcpus: 'vCPUs',
};

/**
 * A field name of the Batch API in words, as a label: `jobRoleArn` becomes
 * "Job role ARN", `sizeInGiB` "Size in GiB".
 */
export function fieldLabel(key: string): string {
  const words = key
    .replace(/GiB|MiB/g, (unit) => `${unit[0]}${unit.slice(1).toLowerCase()}`)
    .match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+/g) ?? [key];
  return words
    .map((word, index) => {
      const special = WORDS[word.toLowerCase()];
      if (special) return special;
      const lower = word.toLowerCase();
      return index === 0
        ? lower.charAt(0).toUpperCase() + lower.slice(1)
        : lower;
    })
    .join(' ');
}
