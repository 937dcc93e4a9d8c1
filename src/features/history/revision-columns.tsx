import type { TableProps } from '@cloudscape-design/components/table';

import type { DescribedJobDefinition } from '@/aws/operations/describe-input';

import { formatMemory, formatVcpus } from './format-size';
import { revisionPageHref } from './history-hrefs';
import { RevisionStatus } from './revision-status';
import { RouteLink } from './route-link';
import { summarizeRevision } from './summarize-revision';

type Column = TableProps.ColumnDefinition<DescribedJobDefinition>;

/** The columns of the revisions table: one row per revision. */
export const REVISION_COLUMNS: Column[] = [
  {
    id: 'revision',
    header: 'Revision',
    isRowHeader: true,
    cell: (item) => (
      <RouteLink
        href={revisionPageHref(item.jobDefinitionName, item.revision)}
        ariaLabel={`Revision ${item.revision}`}
      >
        {item.revision}
      </RouteLink>
    ),
  },
  {
    id: 'status',
    header: 'Status',
    cell: (item) => <RevisionStatus status={item.status} />,
  },
  {
    id: 'platform',
    header: 'Type and platform',
    cell: (item) => {
      const summary = summarizeRevision(item);
      return `${summary.type}, ${summary.platform}`;
    },
  },
  {
    id: 'image',
    header: 'Image',
    cell: (item) => summarizeRevision(item).image ?? '-',
  },
  {
    id: 'vcpus',
    header: 'vCPU',
    cell: (item) => formatVcpus(summarizeRevision(item).vcpus),
  },
  {
    id: 'memory',
    header: 'Memory',
    cell: (item) => formatMemory(summarizeRevision(item).memoryMiB),
  },
  {
    id: 'tags',
    header: 'Tags',
    cell: (item) => summarizeRevision(item).tags.join(', ') || '-',
  },
];
