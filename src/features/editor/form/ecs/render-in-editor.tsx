import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';

import { DraftProvider } from '@/draft/draft-context';
import { createDraftStore } from '@/draft/draft-store';

import { EditorServicesProvider } from '../../editor-context';
import { createFocusChannel } from '../../focus-request';

/** Renders form parts as the editor page does, around a draft of `text` (tests only). */
export function renderInEditor(text: string, ui: ReactNode) {
  const store = createDraftStore(text);
  const focus = createFocusChannel();
  const user = userEvent.setup();
  const view = render(
    <DraftProvider value={store}>
      <EditorServicesProvider value={{ focus, reportPaste: () => {} }}>
        {ui}
      </EditorServicesProvider>
    </DraftProvider>,
  );
  return { ...view, store, focus, user };
}
