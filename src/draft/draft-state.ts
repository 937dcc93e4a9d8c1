import type { Issue } from '@/model/issue';
import { rangeAtPath } from '@/model/text/range-at-path';
import {
  parseJson,
  type JsonDocument,
  type JsonSyntaxError,
} from '@/model/text/parse-json';
import type { TextRange } from '@/model/text/text-range';
import { validate } from '@/model/validate';

import { shareStructure } from './share-structure';

/** An issue of the draft, with where it sits in the JSON text. */
export interface DraftIssue extends Issue {
  readonly range: TextRange;
}

/** Where the latest change of the draft came from. */
export type DraftOrigin = 'form' | 'json' | 'load';

/** Everything the views show about the draft, derived from its text. */
export interface DraftState {
  /** The JSON text exactly as the user has it. */
  readonly text: string;
  /** The value of the last text that parsed (undefined before any did). */
  readonly value: unknown;
  /** Why the current text does not parse, or null when it does. */
  readonly syntaxError: JsonSyntaxError | null;
  /** Issues of `value`; from the last good text while there is a syntax error. */
  readonly issues: readonly DraftIssue[];
  /**
   * True from a keystroke until the draft has checked the value (at the next
   * idle moment, so that typing never waits for validation): meanwhile
   * `issues` are those of an earlier text, their ranges not yet moved by the
   * edits since.
   */
  readonly isChecking: boolean;
  readonly origin: DraftOrigin;
  /** Goes up by one with every change of the text. */
  readonly version: number;
}

/** Derives the whole state of a new text at once, issues included. */
export function deriveState(
  text: string,
  origin: DraftOrigin,
  previous: DraftState | undefined,
): DraftState {
  const parsed = parseJson(text);
  if (!parsed.ok) return brokenState(text, origin, previous, parsed.error);
  const value = shareStructure(previous?.value, parsed.document.value);
  return {
    text,
    value,
    syntaxError: null,
    issues: issuesOf(parsed.document, value, previous?.issues),
    isChecking: false,
    origin,
    version: (previous?.version ?? 0) + 1,
  };
}

/**
 * The state of a new text with its value but the issues of before, for
 * `checkedState` to complete when the user pauses.
 */
export function uncheckedState(
  text: string,
  origin: DraftOrigin,
  previous: DraftState,
): DraftState {
  const parsed = parseJson(text);
  if (!parsed.ok) return brokenState(text, origin, previous, parsed.error);
  return {
    ...previous,
    text,
    value: shareStructure(previous.value, parsed.document.value),
    syntaxError: null,
    isChecking: true,
    origin,
    version: previous.version + 1,
  };
}

/** The state after a form edit whose value is already known. */
export function editedState(
  previous: DraftState,
  text: string,
  value: unknown,
): DraftState {
  return {
    ...previous,
    text,
    value,
    syntaxError: null,
    isChecking: true,
    origin: 'form',
    version: previous.version + 1,
  };
}

/**
 * Completes an unchecked state: the issues of `goodText` (the last text that
 * parsed), with their ranges in it. When that is the current text, its value
 * is taken from parsing too, so a value computed from an edit can never
 * drift from the text.
 */
export function checkedState(state: DraftState, goodText: string): DraftState {
  const parsed = parseJson(goodText);
  if (!parsed.ok) return { ...state, isChecking: false };
  const isCurrent = state.text === goodText;
  const value = isCurrent
    ? shareStructure(state.value, parsed.document.value)
    : state.value;
  return {
    ...state,
    value,
    issues: issuesOf(parsed.document, value, state.issues),
    isChecking: false,
  };
}

function brokenState(
  text: string,
  origin: DraftOrigin,
  previous: DraftState | undefined,
  syntaxError: JsonSyntaxError,
): DraftState {
  return {
    text,
    value: previous?.value,
    syntaxError,
    issues: previous?.issues ?? [],
    isChecking: previous?.isChecking ?? false,
    origin,
    version: (previous?.version ?? 0) + 1,
  };
}

/** The issues of a document, the previous list itself when nothing differs. */
function issuesOf(
  document: JsonDocument,
  value: unknown,
  previous: readonly DraftIssue[] | undefined,
): readonly DraftIssue[] {
  const issues = validate(value).map((issue) => ({
    ...issue,
    range: rangeAtPath(
      document,
      issue.path,
      issue.code === 'unknown-field' ? 'key' : 'value',
    ),
  }));
  const isSame =
    previous !== undefined &&
    JSON.stringify(previous) === JSON.stringify(issues);
  return isSame ? previous : issues;
}
