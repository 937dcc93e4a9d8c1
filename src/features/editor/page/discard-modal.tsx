import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';

interface DiscardModalProps {
  readonly isVisible: boolean;
  readonly draftName: string;
  readonly hasOtherDrafts: boolean;
  readonly onDiscard: () => void;
  readonly onCancel: () => void;
}

/** Asks before the current draft is deleted for good. */
export function DiscardModal({
  isVisible,
  draftName,
  hasOtherDrafts,
  onDiscard,
  onCancel,
}: DiscardModalProps) {
  return (
    <Modal
      visible={isVisible}
      header={`Discard “${draftName}”?`}
      onDismiss={onCancel}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>
              Cancel
            </Button>
            <Button variant="primary" onClick={onDiscard}>
              Discard
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <Box variant="p">
        The draft and its JSON are deleted from this browser; this cannot be
        undone.{' '}
        {hasOtherDrafts
          ? 'The editor then opens your most recently changed other draft.'
          : 'The editor then starts a new draft.'}
      </Box>
    </Modal>
  );
}
