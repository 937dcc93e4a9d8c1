import Pagination from '@cloudscape-design/components/pagination';
import { useState, type ReactNode } from 'react';

import { pageWindow } from '@/ui/page-window';

export interface Page {
  /** Index of the first row shown. */
  readonly start: number;
  /** Index range of the rows shown: [start, end). */
  readonly end: number;
  /** Page controls, or null when every row fits on one page. */
  readonly controls: ReactNode;
}

/**
 * Which rows of a long list to show, with Cloudscape pagination controls:
 * thousands of rows (a pasted 5 MB definition) would freeze the tab.
 */
export function usePage(length: number, label: string): Page {
  const [requested, setRequested] = useState(1);
  const { current, pages, start, end } = pageWindow(length, requested);

  return {
    start,
    end,
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
