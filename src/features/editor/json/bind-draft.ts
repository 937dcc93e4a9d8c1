import type { editor, IDisposable } from 'monaco-editor/editor/editor.api';

import type { TextEdit } from '@/draft/edit-at-path';
import type { DraftState } from '@/draft/draft-state';
import type { DraftStore } from '@/draft/draft-store';

import { minimalEdit } from './minimal-edit';
import { offsetRange } from './offset-range';

/**
 * Keeps the editor's model and the draft text equal, both ways, without
 * re-printing: a user edit in the editor sets the draft text at once; a form
 * edit from the draft is applied as exactly that edit, and a loaded text as
 * one replacement, both as undoable steps that leave the cursor where it was.
 * `onSynced` runs after every change, once the model holds the draft's text
 * (so offsets of the draft, such as issue ranges, are true in the model).
 */
export function bindDraft(
  codeEditor: editor.IStandaloneCodeEditor,
  store: DraftStore,
  onSynced: (state: DraftState) => void,
): IDisposable {
  const model = codeEditor.getModel();
  if (!model) return { dispose() {} };

  let isDisposed = false;
  let isApplying = false;
  // True while this editor's own change goes through the draft (the store
  // calls listeners synchronously), to tell it apart from other changes.
  let isSending = false;

  const apply = (edit: TextEdit) => {
    const range = offsetRange(
      (offset) => model.getPositionAt(offset),
      edit.offset,
      edit.length,
    );
    isApplying = true;
    try {
      // Stack elements on both sides keep the edit its own undo step, apart
      // from the user's typing.
      model.pushStackElement();
      model.pushEditOperations(
        codeEditor.getSelections(),
        [{ range, text: edit.text }],
        () => null,
      );
      model.pushStackElement();
    } finally {
      isApplying = false;
    }
  };

  const sendText = (text: string) => {
    isSending = true;
    try {
      store.setText(text, 'json');
    } finally {
      isSending = false;
    }
  };

  const resync = (text: string) => {
    const edit = minimalEdit(model.getValue(), text);
    if (edit) apply(edit);
    if (model.getValue() !== text) {
      // Monaco normalises mixed line endings, so the draft takes the
      // editor's text; after the store has told every listener.
      queueMicrotask(() => {
        if (!isDisposed) sendText(model.getValue());
      });
    }
  };

  let syncedText = model.getValue();

  const sync = (state: DraftState, edit: TextEdit | undefined) => {
    if (isSending && state.origin === 'json') {
      syncedText = state.text;
      return;
    }
    // The draft's checked issues come with the text the model already holds.
    if (state.text === syncedText && state.origin !== 'load') return;

    if (state.origin === 'form' && edit) {
      apply(edit);
    } else if (state.origin === 'load' && model.getValue() !== state.text) {
      apply({ offset: 0, length: model.getValueLength(), text: state.text });
      model.detectIndentation(true, 2);
    }
    resync(state.text);
    syncedText = state.text;
  };

  const handleDraftChange = (state: DraftState, edit: TextEdit | undefined) => {
    sync(state, edit);
    onSynced(state);
  };

  const unsubscribe = store.subscribe(handleDraftChange);
  const contentListener = codeEditor.onDidChangeModelContent(() => {
    if (!isApplying) sendText(model.getValue());
  });
  resync(store.getState().text);
  onSynced(store.getState());

  return {
    dispose() {
      isDisposed = true;
      unsubscribe();
      contentListener.dispose();
    },
  };
}
