import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';

import { useDraftStore } from '@/draft/draft-context';

interface ViewFallbackProps {
  readonly viewName: string;
  readonly otherViewName: string;
  readonly onRetry: () => void;
}

type CopyState = 'idle' | 'copied' | 'failed';

const COPY_LABELS: Record<CopyState, string> = {
  idle: 'Copy JSON',
  copied: 'JSON copied',
  failed: 'The browser refused the copy',
};

/** What a view shows instead of itself when it crashed. */
export function ViewFallback({
  viewName,
  otherViewName,
  onRetry,
}: ViewFallbackProps) {
  const store = useDraftStore();
  const [copyState, setCopyState] = useState<CopyState>('idle');

  const handleCopy = async () => {
    try {
      await navigator.clipboard.writeText(store.getState().text);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  return (
    <Alert
      type="error"
      header={`The ${viewName} stopped working`}
      action={
        <SpaceBetween direction="horizontal" size="xs">
          <Button iconName="copy" onClick={() => void handleCopy()}>
            {COPY_LABELS[copyState]}
          </Button>
          <Button onClick={onRetry}>Try again</Button>
        </SpaceBetween>
      }
    >
      The {viewName} failed or could not be loaded. Your draft is safe and still
      saved in this browser, and the {otherViewName} still works. Copy the JSON
      to keep a copy of your draft, or try again.
    </Alert>
  );
}
