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

/**
 * How many active revisions the cleanup dialog offers to keep at first:
 * three, but always fewer than are active so that it opens with something
 * to deregister, and never fewer than one.
 */
export function defaultKeep(active: number): number {
  return Math.max(1, Math.min(3, active - 1));
}
