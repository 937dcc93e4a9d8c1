import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';

import { ViewFallback } from './view-fallback';

interface ViewBoundaryProps {
  /** The view as the fallback names it: "JSON view", "form". */
  readonly viewName: string;
  /** The view that still works when this one fails. */
  readonly otherViewName: string;
  readonly children: ReactNode;
}

/** Keeps a crash in one view from taking the page, or the draft, with it. */
export function ViewBoundary({
  viewName,
  otherViewName,
  children,
}: ViewBoundaryProps) {
  return (
    <ErrorBoundary
      fallbackRender={({ resetErrorBoundary }) => (
        <ViewFallback
          viewName={viewName}
          otherViewName={otherViewName}
          onRetry={resetErrorBoundary}
        />
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
