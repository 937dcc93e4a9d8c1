import type { TableProps } from '@cloudscape-design/components/table';

import type { DefinitionRow } from './group-by-name';
import { definitionHref, revisionPageHref } from './history-hrefs';
import { RevisionStatus } from './revision-status';
import { RouteLink } from './route-link';
import { summarizeRevision } from './summarize-revision';

/** The columns of the job definitions table: one row per name. */
export const DEFINITION_COLUMNS: TableProps.ColumnDefinition<DefinitionRow>[] =
  [
    {
      id: 'name',
      header: 'Name',
      isRowHeader: true,
      cell: (row) => (
        <RouteLink href={definitionHref(row.name)}>{row.name}</RouteLink>
      ),
    },
    {
      id: 'revision',
      header: 'Newest revision',
      cell: (row) => (
        <RouteLink
          href={revisionPageHref(row.name, row.newest.revision)}
          ariaLabel={`${row.name} revision ${row.newest.revision}`}
        >
          {row.newest.revision}
        </RouteLink>
      ),
    },
    {
      id: 'status',
      header: 'Status',
      cell: (row) => <RevisionStatus status={row.newest.status} />,
    },
    {
      id: 'platform',
      header: 'Type and platform',
      cell: (row) => {
        const summary = summarizeRevision(row.newest);
        return `${summary.type}, ${summary.platform}`;
      },
    },
    {
      id: 'image',
      header: 'Image',
      cell: (row) => summarizeRevision(row.newest).image ?? '-',
    },
  ];
