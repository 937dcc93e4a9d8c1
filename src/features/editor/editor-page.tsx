import ContentLayout from '@cloudscape-design/components/content-layout';
import Flashbar, {
  type FlashbarProps,
} from '@cloudscape-design/components/flashbar';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useCallback, useEffect, type ReactNode } from 'react';

import { DraftProvider } from '@/draft/draft-context';

import type { PasteConversion } from './convert-paste';
import type { FocusChannel } from './focus-request';
import { DraftBar } from './page/draft-bar';
import { EditorToolbar } from './page/editor-toolbar';
import { EditorWorkspace } from './page/editor-workspace';
import { DRAFT_CONTENT, pasteNotice } from './page/paste-notice';
import { useDraftSession } from './page/use-draft-session';
import { useFlash } from './page/use-flash';
import { templateText } from './templates/job-template';
import { STARTER_TEMPLATE } from './templates/job-templates';

const STARTER = {
  name: STARTER_TEMPLATE.name,
  text: templateText(STARTER_TEMPLATE),
};

interface EditorPageProps {
  /** Where drafts are saved; undefined when the browser blocks storage. */
  readonly storage: Storage | undefined;
  /** More actions for the toolbar, such as Register; inside the draft. */
  readonly actions?: ReactNode;
  /** Shown under the header, inside the draft: results of those actions. */
  readonly status?: ReactNode;
  /** Jump requests from outside the editor, such as a registration failure. */
  readonly focusRequests?: FocusChannel;
  /**
   * Shown once when the page opens, such as what was stripped from a
   * revision that another page opened here as a new draft.
   */
  readonly openingNotice?: {
    readonly header: string;
    readonly items: readonly string[];
  };
}

/** The editor: one saved draft at a time, as a form and as JSON. */
export function EditorPage({
  storage,
  actions,
  status,
  focusRequests,
  openingNotice,
}: EditorPageProps) {
  const { session, snapshot } = useDraftSession(storage, STARTER);
  const flash = useFlash();
  const { show } = flash;

  const reportPaste = useCallback(
    (conversion: PasteConversion) => show(pasteNotice(conversion)),
    [show],
  );

  useEffect(() => {
    if (!openingNotice) return;
    show({
      type: 'info',
      topic: DRAFT_CONTENT,
      header: openingNotice.header,
      content: (
        <ul aria-label="What was changed">
          {openingNotice.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      ),
    });
  }, [openingNotice, show]);

  const saveWarning: FlashbarProps.MessageDefinition[] = snapshot.saveError
    ? [
        {
          id: 'save-error',
          type: 'warning',
          header: 'Your latest changes are not saved',
          content: snapshot.saveError,
        },
      ]
    : [];

  return (
    <DraftProvider value={snapshot.store}>
      <ContentLayout
        notifications={<Flashbar items={[...saveWarning, ...flash.items]} />}
        header={
          <SpaceBetween size="m">
            <Header
              variant="h1"
              description="Write a job definition in the form or as JSON; every problem shows as you type. Drafts are saved in this browser."
              actions={
                <SpaceBetween direction="horizontal" size="xs">
                  <EditorToolbar
                    session={session}
                    snapshot={snapshot}
                    onNotice={show}
                    reportPaste={reportPaste}
                  />
                  {actions}
                </SpaceBetween>
              }
            >
              Editor
            </Header>
            <DraftBar session={session} snapshot={snapshot} />
            {status}
          </SpaceBetween>
        }
      >
        <EditorWorkspace
          draftId={snapshot.current.id}
          reportPaste={reportPaste}
          focusRequests={focusRequests}
        />
      </ContentLayout>
    </DraftProvider>
  );
}
