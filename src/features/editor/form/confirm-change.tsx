import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';

/** A change that moves or removes parts of the draft, to confirm first. */
export interface PlannedChange {
  readonly title: string;
  /** What happens to the JSON, one sentence each. */
  readonly steps: readonly string[];
  readonly confirmText: string;
  readonly apply: () => void;
}

interface ConfirmChangeProps {
  readonly change: PlannedChange | null;
  readonly onClose: () => void;
}

/** Says exactly what a change will move or remove, and applies it on consent. */
export function ConfirmChange({ change, onClose }: ConfirmChangeProps) {
  // Mounted only while open: a form has many of these.
  if (!change) return null;
  return (
    <Modal
      visible
      header={change.title}
      onDismiss={onClose}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onClose}>
              Cancel
            </Button>
            <Button
              variant="primary"
              onClick={() => {
                change.apply();
                onClose();
              }}
            >
              {change.confirmText}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <ul>
        {change.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
    </Modal>
  );
}
