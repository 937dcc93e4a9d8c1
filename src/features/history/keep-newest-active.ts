import type { DescribedJobDefinition } from '@/aws/operations/describe-input';

/**
 * The active revisions to deregister so that only the newest `keep` active
 * ones stay, newest first. Inactive revisions are left alone: they are
 * already deregistered.
 */
export function revisionsBeyondNewest(
  revisions: readonly DescribedJobDefinition[],
  keep: number,
): DescribedJobDefinition[] {
  const active = revisions
    .filter((revision) => revision.status === 'ACTIVE')
    .sort((a, b) => b.revision - a.revision);
  return active.slice(Math.max(0, Math.floor(keep)));
}
