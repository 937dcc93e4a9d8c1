import Pagination from '@cloudscape-design/components/pagination';
import { useState, type ReactNode } from 'react';

/** Rows shown at once; thousands of rows (a pasted 5 MB definition) would freeze the tab. */
export const PAGE_SIZE = 50;

export interface Page {
  /** Index of the first row shown. */
  readonly start: number;
  /** Index range of the rows shown: [start, end). */
  readonly end: number;
  /** Page controls, or null when every row fits on one page. */
  readonly controls: ReactNode;
}

/** Which rows of a long list to show, with Cloudscape pagination controls. */
export function usePage(length: number, label: string): Page {
  const [requested, setRequested] = useState(1);
  const pages = Math.max(1, Math.ceil(length / PAGE_SIZE));
  const current = Math.min(requested, pages);
  const start = (current - 1) * PAGE_SIZE;

  return {
    start,
    end: Math.min(length, start + PAGE_SIZE),
    controls:
      pages > 1 ? (
        <Pagination
          currentPageIndex={current}
          pagesCount={pages}
          ariaLabels={{
            nextPageLabel: `Next ${label}`,
            previousPageLabel: `Previous ${label}`,
            pageLabel: (page) => `${label}, page ${page} of ${pages}`,
          }}
          onChange={({ detail }) => setRequested(detail.currentPageIndex)}
        />
      ) : null,
  };
}
