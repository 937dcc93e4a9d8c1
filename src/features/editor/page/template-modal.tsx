import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';

import type { JobTemplate } from '../templates/job-template';

interface TemplateModalProps {
  /** The template the user picked; null when the modal is closed. */
  readonly template: JobTemplate | null;
  readonly draftName: string;
  readonly onNewDraft: (template: JobTemplate) => void;
  readonly onReplace: (template: JobTemplate) => void;
  readonly onCancel: () => void;
}

/** Asks before a template replaces a draft that has content. */
export function TemplateModal({
  template,
  draftName,
  onNewDraft,
  onReplace,
  onCancel,
}: TemplateModalProps) {
  return (
    <Modal
      visible={template !== null}
      header={`Start from “${template?.name ?? ''}”?`}
      onDismiss={onCancel}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>
              Cancel
            </Button>
            <Button onClick={() => template && onReplace(template)}>
              Replace current draft
            </Button>
            <Button
              variant="primary"
              onClick={() => template && onNewDraft(template)}
            >
              Open as new draft
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="s">
        <Box variant="p">{template?.description}</Box>
        <Box variant="p">
          The draft “{draftName}” has content. Open the template as a new draft
          to keep it, or replace its JSON with the template.
        </Box>
      </SpaceBetween>
    </Modal>
  );
}
