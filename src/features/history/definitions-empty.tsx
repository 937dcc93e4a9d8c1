import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';

import { definitionHref } from './history-hrefs';
import { isJobDefinitionName } from './job-definition-name';
import { RouteLink } from './route-link';
import type { StatusFilter } from './status-filter';

interface DefinitionsEmptyProps {
  readonly status: StatusFilter;
  readonly filter: string;
  /** The Load more button, when AWS has more. */
  readonly loadMore: ReactNode;
  readonly isLoadedAll: boolean;
}

const STATUS_WORDS: Record<StatusFilter, string> = {
  ACTIVE: 'active ',
  INACTIVE: 'inactive ',
  ALL: '',
};

/** Why the table is empty, and what to do about it. */
export function DefinitionsEmpty({
  status,
  filter,
  loadMore,
  isLoadedAll,
}: DefinitionsEmptyProps) {
  const name = filter.trim();
  if (name === '') {
    return (
      <Box textAlign="center" color="inherit">
        <SpaceBetween size="xs">
          <b>No {STATUS_WORDS[status]}job definitions</b>
          <Box variant="p" color="inherit">
            Write one in the editor and register it.
          </Box>
          <RouteLink href="/">Open the editor</RouteLink>
        </SpaceBetween>
      </Box>
    );
  }

  return (
    <Box textAlign="center" color="inherit">
      <SpaceBetween size="xs">
        <b>No loaded name contains “{name}”</b>
        {!isLoadedAll && (
          <Box variant="p" color="inherit">
            Only the revisions loaded so far are searched.
          </Box>
        )}
        {loadMore}
        {isJobDefinitionName(name) && (
          <RouteLink href={definitionHref(name)}>
            Look up the exact name {name} in AWS
          </RouteLink>
        )}
      </SpaceBetween>
    </Box>
  );
}
