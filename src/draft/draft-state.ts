import type { Issue } from '@/model/issue';
import { rangeAtPath } from '@/model/text/range-at-path';
import { parseJson, type JsonSyntaxError } from '@/model/text/parse-json';
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
  readonly origin: DraftOrigin;
  /** Goes up by one with every change. */
  readonly version: number;
}

/** Derives the state of a new text, keeping the last good value when it does not parse. */
export function deriveState(
  text: string,
  origin: DraftOrigin,
  previous: DraftState | undefined,
): DraftState {
  const version = (previous?.version ?? 0) + 1;
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return {
      text,
      value: previous?.value,
      syntaxError: parsed.error,
      issues: previous?.issues ?? [],
      origin,
      version,
    };
  }
  const { document } = parsed;
  const issues = validate(document.value).map((issue) => ({
    ...issue,
    range: rangeAtPath(
      document,
      issue.path,
      issue.code === 'unknown-field' ? 'key' : 'value',
    ),
  }));
  const value = shareStructure(previous?.value, document.value);
  return { text, value, syntaxError: null, issues, origin, version };
}
