import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ClipboardEvent } from 'react';
import { useState } from 'react';

import { PasteTextArea } from './paste-text-area';

interface PasteModalProps {
  readonly isVisible: boolean;
  readonly draftName: string;
  readonly onReplace: (text: string) => void;
  readonly onNewDraft: (text: string) => void;
  readonly onCancel: () => void;
}

// A text area holding megabytes takes the browser seconds to lay out: such a
// paste is kept aside and only summarised.
const LARGE_PASTE = 200_000;

/** A text area for a whole job definition in any shape the model knows. */
export function PasteModal({
  isVisible,
  draftName,
  onReplace,
  onNewDraft,
  onCancel,
}: PasteModalProps) {
  const [text, setText] = useState('');
  const [largeText, setLargeText] = useState<string | null>(null);
  const pasted = largeText ?? text;
  const isEmpty = pasted.trim() === '';

  const reset = () => {
    setText('');
    setLargeText(null);
  };
  const finish = (action: (value: string) => void) => {
    action(pasted);
    reset();
  };
  const handlePaste = (event: ClipboardEvent) => {
    const clip = event.clipboardData.getData('text/plain');
    if (clip.length < LARGE_PASTE) return;
    event.preventDefault();
    setLargeText(clip);
  };

  return (
    <Modal
      visible={isVisible}
      size="large"
      header="Paste a job definition"
      onDismiss={onCancel}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>
              Cancel
            </Button>
            <Button disabled={isEmpty} onClick={() => finish(onNewDraft)}>
              Open as new draft
            </Button>
            <Button
              variant="primary"
              disabled={isEmpty}
              onClick={() => finish(onReplace)}
            >
              Replace draft
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <FormField
        label="JSON to paste"
        description={`A request body, describe-job-definitions output, a CloudFormation resource or a CLI skeleton. It is converted to a request body and replaces the JSON of “${draftName}”, or opens as a new draft.`}
        stretch
      >
        <PasteTextArea
          text={text}
          largeText={largeText}
          onChange={setText}
          onPaste={handlePaste}
          onClear={reset}
        />
      </FormField>
    </Modal>
  );
}
