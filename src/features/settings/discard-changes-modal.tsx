import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { Blocker } from 'react-router';

interface DiscardChangesModalProps {
  readonly blocker: Blocker;
}

/** Asks, when leaving Settings with unsaved changes, whether to drop them. */
export function DiscardChangesModal({ blocker }: DiscardChangesModalProps) {
  const isBlocked = blocker.state === 'blocked';

  return (
    <Modal
      visible={isBlocked}
      header="Discard your changes?"
      onDismiss={() => blocker.reset?.()}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={() => blocker.proceed?.()}>
              Discard changes
            </Button>
            <Button variant="primary" onClick={() => blocker.reset?.()}>
              Keep editing
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      The settings have changes that are not saved. Leaving this page drops
      them; the saved settings stay as they were.
    </Modal>
  );
}
