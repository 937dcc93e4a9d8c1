import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';

interface PasteModalProps {
  readonly isVisible: boolean;
  readonly draftName: string;
  readonly onReplace: (text: string) => void;
  readonly onNewDraft: (text: string) => void;
  readonly onCancel: () => void;
}

/** A text area for a whole job definition in any shape the model knows. */
export function PasteModal({
  isVisible,
  draftName,
  onReplace,
  onNewDraft,
  onCancel,
}: PasteModalProps) {
  const [text, setText] = useState('');
  const isEmpty = text.trim() === '';

  const finish = (action: (pasted: string) => void) => {
    action(text);
    setText('');
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
        <Textarea
          value={text}
          rows={14}
          spellcheck={false}
          placeholder='{ "jobDefinitionName": "…", "type": "container", … }'
          onChange={({ detail }) => setText(detail.value)}
        />
      </FormField>
    </Modal>
  );
}
