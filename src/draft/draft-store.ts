import type { IssuePath } from '@/model/issue';

import { deriveState, type DraftOrigin, type DraftState } from './draft-state';
import { applyEdit, editAtPath, type TextEdit } from './edit-at-path';

export type DraftListener = (
  state: DraftState,
  edit: TextEdit | undefined,
) => void;

/** The one editing document that the form, the JSON view and the problems list share. */
export interface DraftStore {
  getState(): DraftState;
  subscribe(listener: DraftListener): () => void;
  /** The JSON view's text changed, or a whole new text was loaded. */
  setText(text: string, origin: Exclude<DraftOrigin, 'form'>): void;
  /**
   * A form edit: sets (or, with undefined, removes) the value at a path by a
   * minimal edit of the text. Refused while the text does not parse, since the
   * form then shows a stale value.
   */
  setValue(path: IssuePath, value: unknown): boolean;
}

/** Creates a draft holding `text`. */
export function createDraftStore(text: string): DraftStore {
  let state = deriveState(text, 'load', undefined);
  const listeners = new Set<DraftListener>();

  const commit = (next: DraftState, edit: TextEdit | undefined) => {
    state = next;
    for (const listener of listeners) listener(state, edit);
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setText(nextText, origin) {
      if (nextText === state.text && origin !== 'load') return;
      commit(deriveState(nextText, origin, state), undefined);
    },
    setValue(path, value) {
      if (state.syntaxError) return false;
      const edit = editAtPath(state.text, path, value);
      if (!edit) return true;
      commit(deriveState(applyEdit(state.text, edit), 'form', state), edit);
      return true;
    },
  };
}
