import Button from '@cloudscape-design/components/button';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';

import { DiscardModal } from './discard-modal';
import type { DraftSession } from './draft-session';
import { RenameModal } from './rename-modal';
import type { DraftSessionSnapshot } from './session-snapshot';

const NEW_DRAFT_TEXT = '{}\n';

interface DraftBarProps {
  readonly session: DraftSession;
  readonly snapshot: DraftSessionSnapshot;
}

/** Switch between the drafts saved in this browser, add, rename, discard. */
export function DraftBar({ session, snapshot }: DraftBarProps) {
  const [dialog, setDialog] = useState<'rename' | 'discard' | null>(null);
  const { current, drafts } = snapshot;
  const close = () => setDialog(null);

  return (
    <SpaceBetween direction="horizontal" size="xs" alignItems="center">
      <Select
        inlineLabelText="Draft"
        selectedOption={{ value: current.id, label: current.name }}
        options={drafts.map((draft) => ({
          value: draft.id,
          label: draft.name,
        }))}
        onChange={({ detail }) => {
          if (detail.selectedOption.value)
            session.switchTo(detail.selectedOption.value);
        }}
      />
      <Button
        iconName="add-plus"
        onClick={() => session.create('Untitled draft', NEW_DRAFT_TEXT)}
      >
        New draft
      </Button>
      <Button iconName="edit" onClick={() => setDialog('rename')}>
        Rename
      </Button>
      <Button iconName="remove" onClick={() => setDialog('discard')}>
        Discard draft
      </Button>
      {dialog === 'rename' && (
        <RenameModal
          currentName={current.name}
          onCancel={close}
          onRename={(name) => {
            session.rename(name);
            close();
          }}
        />
      )}
      <DiscardModal
        isVisible={dialog === 'discard'}
        draftName={current.name}
        hasOtherDrafts={drafts.length > 1}
        onCancel={close}
        onDiscard={() => {
          session.discard();
          close();
        }}
      />
    </SpaceBetween>
  );
}
