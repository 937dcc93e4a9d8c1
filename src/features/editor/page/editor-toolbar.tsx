import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';

import { convertPaste, type PasteConversion } from '../convert-paste';
import { templateText, type JobTemplate } from '../templates/job-template';
import { JOB_TEMPLATES } from '../templates/job-templates';
import type { DraftSession } from './draft-session';
import { ExportMenu } from './export-menu';
import { pastedDraftName } from './pasted-draft-name';
import { PasteModal } from './paste-modal';
import type { DraftSessionSnapshot } from './session-snapshot';
import { TemplateModal } from './template-modal';
import type { FlashMessage } from './use-flash';

interface EditorToolbarProps {
  readonly session: DraftSession;
  readonly snapshot: DraftSessionSnapshot;
  readonly onNotice: (message: FlashMessage) => void;
  readonly reportPaste: (conversion: PasteConversion) => void;
}

const isBlank = (text: string) => /^\s*(\{\s*\})?\s*$/.test(text);

/** New from template, Paste and Export. */
export function EditorToolbar({
  session,
  snapshot,
  onNotice,
  reportPaste,
}: EditorToolbarProps) {
  const [template, setTemplate] = useState<JobTemplate | null>(null);
  const [isPasting, setIsPasting] = useState(false);
  const { store, current } = snapshot;

  const handleTemplate = (id: string) => {
    const chosen = JOB_TEMPLATES.find((each) => each.id === id);
    if (!chosen) return;
    if (isBlank(store.getState().text)) {
      store.setText(templateText(chosen), 'load');
    } else {
      setTemplate(chosen);
    }
  };

  const handlePaste = (text: string, isNewDraft: boolean) => {
    const conversion = convertPaste(text);
    if (isNewDraft)
      session.create(pastedDraftName(conversion.text), conversion.text);
    else store.setText(conversion.text, 'load');
    setIsPasting(false);
    reportPaste(conversion);
  };

  return (
    <SpaceBetween direction="horizontal" size="xs">
      <ButtonDropdown
        items={JOB_TEMPLATES.map((each) => ({
          id: each.id,
          text: each.name,
          secondaryText: each.description,
        }))}
        onItemClick={({ detail }) => handleTemplate(detail.id)}
      >
        New from template
      </ButtonDropdown>
      <Button iconName="file-open" onClick={() => setIsPasting(true)}>
        Paste
      </Button>
      <ExportMenu onResult={onNotice} />
      <TemplateModal
        template={template}
        draftName={current.name}
        onCancel={() => setTemplate(null)}
        onReplace={(chosen) => {
          store.setText(templateText(chosen), 'load');
          setTemplate(null);
        }}
        onNewDraft={(chosen) => {
          session.create(chosen.name, templateText(chosen));
          setTemplate(null);
        }}
      />
      <PasteModal
        isVisible={isPasting}
        draftName={current.name}
        onCancel={() => setIsPasting(false)}
        onReplace={(text) => handlePaste(text, false)}
        onNewDraft={(text) => handlePaste(text, true)}
      />
    </SpaceBetween>
  );
}
