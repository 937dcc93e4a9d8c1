import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';

import { CopySavedDraftButton } from './copy-saved-draft-button';

/** The last resort when the shell itself fails: never a blank page. */
export function RootErrorScreen() {
  return (
    <Box padding="xxl">
      <Alert
        type="error"
        header="jobdef studio stopped working"
        action={
          <SpaceBetween direction="horizontal" size="xs">
            <CopySavedDraftButton />
            <Button onClick={() => window.location.reload()}>Reload</Button>
          </SpaceBetween>
        }
      >
        Your draft is saved in this browser and comes back when you reload. If
        the app fails again, copy the draft's JSON first to keep it safe.
      </Alert>
    </Box>
  );
}
