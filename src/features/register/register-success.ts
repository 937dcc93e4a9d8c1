import type { RegisteredRevision } from '@/aws/operations/register-job-definition';

/** The page of one registered revision. */
export function revisionHref(result: RegisteredRevision): string {
  return `/job-definitions/${encodeURIComponent(result.jobDefinitionName)}/${result.revision}`;
}
