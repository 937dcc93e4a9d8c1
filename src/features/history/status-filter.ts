import type { JobDefinitionPagesInput } from '@/aws/operations/describe-input';

export type StatusFilter = 'ACTIVE' | 'INACTIVE' | 'ALL';

/** The status filter from the address (`?status=`); Active by default. */
export function parseStatusFilter(value: string | null): StatusFilter {
  const upper = value?.toUpperCase();
  return upper === 'INACTIVE' || upper === 'ALL' ? upper : 'ACTIVE';
}

/** What DescribeJobDefinitions is asked for: no status means every one. */
export function pagesInput(filter: StatusFilter): JobDefinitionPagesInput {
  return filter === 'ALL' ? {} : { status: filter };
}
