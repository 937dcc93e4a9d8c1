import { parseTree, type Node } from 'jsonc-parser';

import type { IssuePath } from '@/model/issue';

import {
  checkedState,
  deriveState,
  editedState,
  uncheckedState,
  type DraftOrigin,
  type DraftState,
} from './draft-state';
import { applyEdit, editAtPath, type TextEdit } from './edit-at-path';
import { changedIssueKeys, issuePathKey } from './issue-index';
import { createPathListeners } from './path-listeners';
import { scheduleIdle, type ScheduleCheck } from './schedule-idle';
import { setAt, UNKNOWN } from './set-at';

export type DraftListener = (
  state: DraftState,
  edit: TextEdit | undefined,
) => void;

type Wake = () => void;

/** The one editing document that the form, the JSON view and the problems list share. */
export interface DraftStore {
  getState(): DraftState;
  /** Every change: of the text, and of the issues once they are checked. */
  subscribe(listener: DraftListener): () => void;
  /** Changes of the value at `path` (or below it) only. */
  subscribeValue(path: IssuePath, listener: Wake): () => void;
  /** Changes of the issue list or of the syntax error. */
  subscribeIssues(listener: Wake): () => void;
  /** Changes of what the issues at exactly `path` say. */
  subscribeIssuesAt(path: IssuePath, listener: Wake): () => void;
  /** The text's syntax error appears, moves or goes. */
  subscribeSyntaxError(listener: Wake): () => void;
  /** The JSON view's text changed, or a whole new text was loaded. */
  setText(text: string, origin: Exclude<DraftOrigin, 'form'>): void;
  /**
   * A form edit: sets (or, with undefined, removes) the value at a path by a
   * minimal edit of the text. Refused while the text does not parse, since the
   * form then shows a stale value.
   */
  setValue(path: IssuePath, value: unknown): boolean;
  /** Checks the latest text now if its check is still waiting. */
  flushCheck(): void;
}

export interface DraftStoreOptions {
  /** When to check the value after a keystroke; the next idle moment by default. */
  readonly scheduleCheck?: ScheduleCheck;
}

/**
 * Creates a draft holding `text`. A keystroke (in the form or the JSON) only
 * updates the text and the value, and wakes the views of what changed; the
 * issues follow when the user pauses, so typing never waits for validation.
 */
export function createDraftStore(
  text: string,
  { scheduleCheck = scheduleIdle }: DraftStoreOptions = {},
): DraftStore {
  let state = deriveState(text, 'load', undefined);
  // The last text that parsed: the one the next check reads.
  let goodText = text;
  let isCheckScheduled = false;
  // The tree of the current text, built by the last check for the next form edit.
  let tree: { text: string; node: Node | undefined } | undefined;
  const listeners = new Set<DraftListener>();
  const valueListeners = createPathListeners();
  const issueListeners = new Set<Wake>();
  const issueAtListeners = new Map<string, Set<Wake>>();
  const syntaxListeners = new Set<Wake>();

  const commit = (next: DraftState, edit: TextEdit | undefined) => {
    const previous = state;
    state = next;
    if (!next.syntaxError) goodText = next.text;
    const woken = new Set(valueListeners.changed(previous.value, next.value));
    if (previous.issues !== next.issues) {
      for (const key of changedIssueKeys(previous.issues, next.issues)) {
        for (const wake of issueAtListeners.get(key) ?? []) woken.add(wake);
      }
    }
    if (
      previous.issues !== next.issues ||
      previous.syntaxError !== next.syntaxError
    ) {
      for (const wake of issueListeners) woken.add(wake);
    }
    if (previous.syntaxError !== next.syntaxError) {
      for (const wake of syntaxListeners) woken.add(wake);
    }
    for (const listener of listeners) listener(state, edit);
    for (const wake of woken) wake();
    if (next.isChecking && !isCheckScheduled) {
      isCheckScheduled = true;
      scheduleCheck(check);
    }
  };

  const check = () => {
    isCheckScheduled = false;
    if (state.isChecking) commit(checkedState(state, goodText), undefined);
    if (state.syntaxError === null && tree?.text !== state.text) {
      tree = { text: state.text, node: parseTree(state.text) };
    }
  };

  const addTo = (set: Set<Wake>, listener: Wake) => {
    set.add(listener);
    return () => set.delete(listener);
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscribeValue: (path, listener) => valueListeners.add(path, listener),
    subscribeIssues: (listener) => addTo(issueListeners, listener),
    subscribeIssuesAt(path, listener) {
      const key = issuePathKey(path);
      const set = issueAtListeners.get(key) ?? new Set<Wake>();
      issueAtListeners.set(key, set);
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) issueAtListeners.delete(key);
      };
    },
    subscribeSyntaxError: (listener) => addTo(syntaxListeners, listener),
    setText(nextText, origin) {
      if (nextText === state.text && origin !== 'load') return;
      commit(
        origin === 'load'
          ? deriveState(nextText, origin, state)
          : uncheckedState(nextText, origin, state),
        undefined,
      );
    },
    setValue(path, value) {
      if (state.syntaxError) return false;
      const edit =
        tree?.text === state.text
          ? editAtPath(state.text, path, value, tree.node)
          : editAtPath(state.text, path, value);
      if (!edit) return true;
      const nextText = applyEdit(state.text, edit);
      const nextValue = setAt(state.value, path, value);
      commit(
        nextValue === UNKNOWN
          ? uncheckedState(nextText, 'form', state)
          : editedState(state, nextText, nextValue),
        edit,
      );
      return true;
    },
    flushCheck: check,
  };
}
