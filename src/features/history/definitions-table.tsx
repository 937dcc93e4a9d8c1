import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';

import { useJobDefinitionPages } from '@/aws/operations/job-definition-pages';
import { pageWindow } from '@/ui/page-window';

import { count } from './count';
import { DEFINITION_COLUMNS } from './definition-columns';
import { DefinitionsEmpty } from './definitions-empty';
import { filterNames } from './filter-names';
import { groupByName } from './group-by-name';
import { definitionHref } from './history-hrefs';
import { isJobDefinitionName } from './job-definition-name';
import { QueryFailure } from './query-failure';
import { RouteLink } from './route-link';
import {
  pagesInput,
  parseStatusFilter,
  type StatusFilter,
} from './status-filter';
import { useDebouncedValue } from './use-debounced-value';
import { PAGINATION_LABELS } from './pagination-labels';

const FILTER_DELAY_MS = 250;

const STATUS_OPTIONS = [
  { id: 'ACTIVE', text: 'Active' },
  { id: 'INACTIVE', text: 'Inactive' },
  { id: 'ALL', text: 'All' },
];

/**
 * The job definitions loaded so far, one row per name. AWS hands out
 * revisions 100 at a time and filters by exact name only, so the name filter
 * searches what is loaded, and an exact name can be looked up in AWS.
 */
export function DefinitionsTable() {
  const [params, setParams] = useSearchParams();
  const status = parseStatusFilter(params.get('status'));
  const [filterText, setFilterText] = useState('');
  const filter = useDebouncedValue(filterText, FILTER_DELAY_MS);
  const [pageIndex, setPageIndex] = useState(1);
  const query = useJobDefinitionPages(pagesInput(status));

  const revisions = useMemo(
    () => query.data?.pages.flatMap((page) => page.jobDefinitions) ?? [],
    [query.data],
  );
  const rows = useMemo(() => groupByName(revisions), [revisions]);
  const filtered = useMemo(() => filterNames(rows, filter), [rows, filter]);
  const shown = pageWindow(filtered.length, pageIndex);
  const items = filtered.slice(shown.start, shown.end);

  const name = filter.trim();
  const canLookUp =
    query.hasNextPage === true &&
    isJobDefinitionName(name) &&
    !rows.some((row) => row.name === name);

  const handleStatus = (next: StatusFilter) => {
    setPageIndex(1);
    setParams(next === 'ACTIVE' ? {} : { status: next.toLowerCase() });
  };
  const loadMore = () => void query.fetchNextPage();
  const more = query.hasNextPage ? (
    <Button onClick={loadMore} loading={query.isFetchingNextPage}>
      Load 100 more revisions
    </Button>
  ) : null;

  // A first load that failed says so alone: an empty table under the error
  // would read as an account with no job definitions.
  if (query.error && query.data === undefined)
    return (
      <SpaceBetween size="m">
        <Header variant="h1">Job definitions</Header>
        <QueryFailure
          error={query.error}
          what="Could not list the job definitions"
          onRetry={() => void query.refetch()}
        />
      </SpaceBetween>
    );

  return (
    <SpaceBetween size="m">
      {query.error && (
        <QueryFailure
          error={query.error}
          what={
            query.isFetchNextPageError
              ? 'Could not load more job definitions'
              : 'Could not list the job definitions'
          }
          onRetry={
            query.isFetchNextPageError ? loadMore : () => query.refetch()
          }
        />
      )}
      <Table
        variant="full-page"
        items={items}
        columnDefinitions={DEFINITION_COLUMNS}
        trackBy="name"
        loading={query.isPending && query.fetchStatus !== 'idle'}
        loadingText="Loading job definitions"
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={`(${rows.length}${query.hasNextPage ? '+' : ''})`}
            description={`${count(revisions.length, 'revision')} loaded, grouped by name.${query.hasNextPage ? ' AWS has more: load them to see further names.' : ''}`}
          >
            Job definitions
          </Header>
        }
        filter={
          <SpaceBetween direction="horizontal" size="m" alignItems="center">
            <TextFilter
              filteringText={filterText}
              filteringPlaceholder="Find names among those loaded"
              filteringAriaLabel="Filter loaded names"
              countText={
                filter ? count(filtered.length, 'match', 'matches') : undefined
              }
              onChange={({ detail }) => {
                setPageIndex(1);
                setFilterText(detail.filteringText);
              }}
            />
            <SegmentedControl
              label="Status"
              selectedId={status}
              options={STATUS_OPTIONS}
              onChange={({ detail }) =>
                handleStatus(parseStatusFilter(detail.selectedId))
              }
            />
            {canLookUp && (
              <RouteLink href={definitionHref(name)}>
                Look up the exact name {name} in AWS
              </RouteLink>
            )}
          </SpaceBetween>
        }
        pagination={
          <Pagination
            currentPageIndex={shown.current}
            pagesCount={shown.pages}
            onChange={({ detail }) => setPageIndex(detail.currentPageIndex)}
            ariaLabels={PAGINATION_LABELS}
          />
        }
        empty={
          <DefinitionsEmpty
            status={status}
            filter={filter}
            loadMore={more}
            isLoadedAll={!query.hasNextPage}
          />
        }
        footer={more && <Box textAlign="center">{more}</Box>}
      />
    </SpaceBetween>
  );
}
