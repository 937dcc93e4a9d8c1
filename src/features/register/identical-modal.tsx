import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';

interface IdenticalModalProps {
  readonly name: string;
  readonly newestRevision: number;
  readonly onCancel: () => void;
  readonly onRegister: () => void;
}

/** Asks before registering a revision identical to the newest one. */
export function IdenticalModal({
  name,
  newestRevision,
  onCancel,
  onRegister,
}: IdenticalModalProps) {
  return (
    <Modal
      visible
      onDismiss={onCancel}
      header={`Nothing changed since ${name}:${newestRevision}`}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>
              Cancel
            </Button>
            <Button variant="primary" onClick={onRegister}>
              Register anyway
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      The draft is the same as the newest active revision, {name}:
      {newestRevision}, once read-only fields, empty values and AWS defaults are
      set aside. Registering it creates {name}:{newestRevision + 1} with the
      same content.
    </Modal>
  );
}
