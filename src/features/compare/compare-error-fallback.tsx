import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { FallbackProps } from 'react-error-boundary';

import { currentDraft, readLibrary } from '@/draft/draft-library';

import { pageStorage } from './read-current-draft';

const COPY_LABELS = {
  idle: 'Copy saved draft JSON',
  copied: 'Copied',
  failed: 'Nothing copied',
} as const;

/**
 * What the compare view shows when it crashes: the page around it stays,
 * the saved draft can be copied, and the view can be tried again.
 */
export function CompareErrorFallback({ resetErrorBoundary }: FallbackProps) {
  const [copy, setCopy] = useState<keyof typeof COPY_LABELS>('idle');

  const handleCopy = async () => {
    const storage = pageStorage();
    const library = storage ? readLibrary(storage) : undefined;
    const draft = library ? currentDraft(library) : undefined;
    try {
      if (!draft) throw new Error('No draft is saved in this browser.');
      await navigator.clipboard.writeText(draft.text);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <Alert
      type="error"
      header="The comparison stopped working"
      action={
        <SpaceBetween direction="horizontal" size="xs">
          <Button iconName="copy" onClick={() => void handleCopy()}>
            {COPY_LABELS[copy]}
          </Button>
          <Button onClick={resetErrorBoundary}>Try again</Button>
        </SpaceBetween>
      }
    >
      <Box variant="p">
        Your draft is saved in this browser. Try again, or reload the page.
      </Box>
    </Alert>
  );
}
