import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { FallbackProps } from 'react-error-boundary';

import { CopySavedDraftButton } from './copy-saved-draft-button';

/**
 * What a page shows when it crashes: the shell and its navigation stay, the
 * saved draft can be copied, and the page can be tried again.
 */
export function PageErrorFallback({ resetErrorBoundary }: FallbackProps) {
  return (
    <Box padding={{ vertical: 'l' }}>
      <Alert
        type="error"
        header="This page stopped working"
        action={
          <SpaceBetween direction="horizontal" size="xs">
            <CopySavedDraftButton />
            <Button onClick={resetErrorBoundary}>Try again</Button>
          </SpaceBetween>
        }
      >
        Your draft is saved in this browser. Try again, or reload the page; if
        it keeps failing, copy the draft's JSON to keep it safe.
      </Alert>
    </Box>
  );
}
