import type { PaginationProps } from '@cloudscape-design/components/pagination';

/** Names for the table pagers' buttons, read by screen readers. */
export const PAGINATION_LABELS: PaginationProps.Labels = {
  nextPageLabel: 'Next page',
  previousPageLabel: 'Previous page',
  pageLabel: (pageNumber) => `Page ${pageNumber}`,
  paginationLabel: 'Pages',
};
