import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';

interface RenameModalProps {
  readonly currentName: string;
  readonly onRename: (name: string) => void;
  readonly onCancel: () => void;
}

/** Renames the current draft; mounted only while open. */
export function RenameModal({
  currentName,
  onRename,
  onCancel,
}: RenameModalProps) {
  const [name, setName] = useState(currentName);
  const trimmed = name.trim();

  const handleSubmit = () => {
    if (trimmed !== '') onRename(trimmed);
  };

  return (
    <Modal
      visible
      header="Rename draft"
      onDismiss={onCancel}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={trimmed === ''}
              onClick={handleSubmit}
            >
              Rename
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          handleSubmit();
        }}
      >
        <FormField
          label="Draft name"
          description="Only for you, in this browser; the job definition's own name is in the form."
          errorText={trimmed === '' ? 'Enter a name.' : undefined}
        >
          <Input
            value={name}
            autoFocus
            onChange={({ detail }) => setName(detail.value)}
          />
        </FormField>
      </form>
    </Modal>
  );
}
