import { render } from '@testing-library/react';

import { DraftProvider } from '@/draft/draft-context';
import { createDraftStore, type DraftStore } from '@/draft/draft-store';

import { EditorServicesProvider } from '../../editor-context';
import { createFocusChannel, type FocusChannel } from '../../focus-request';
import { FormView } from '../form-view';

export interface RenderedForm {
  readonly store: DraftStore;
  readonly focus: FocusChannel;
  /** The current JSON text, parsed. */
  readonly json: () => Record<string, unknown>;
}

/** Renders the form view of a draft holding `text`, as the editor page does. Test-only. */
export function renderForm(text: string): RenderedForm {
  const store = createDraftStore(text);
  const focus = createFocusChannel();
  render(
    <DraftProvider value={store}>
      <EditorServicesProvider value={{ focus, reportPaste: () => undefined }}>
        <FormView />
      </EditorServicesProvider>
    </DraftProvider>,
  );
  return {
    store,
    focus,
    json: () => {
      const value: unknown = JSON.parse(store.getState().text);
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new Error('the draft is not a JSON object');
      return Object.fromEntries(Object.entries(value));
    },
  };
}
