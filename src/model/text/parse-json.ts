import { parseTree } from 'jsonc-parser';
import type { Node, ParseError, ParseOptions } from 'jsonc-parser';

import { findExcessiveNesting } from './find-excessive-nesting';
import { createLineIndex } from './line-index';
import type { LineIndex } from './line-index';
import { syntaxErrorMessage } from './syntax-error-message';
import type { SyntaxErrorDetail } from './syntax-error-message';
import type { TextRange } from './text-range';
import { treeValue } from './tree-value';

/**
 * Deeper nesting than any job definition needs; the limit keeps recursive
 * code (jsonc-parser, Zod) far from the stack limit on hostile input.
 */
export const MAX_NESTING = 512;

const STRICT: ParseOptions = {
  disallowComments: true,
  allowTrailingComma: false,
  allowEmptyContent: false,
};

/** A JSON text that parsed: the text itself, its value and its parse tree. */
export interface JsonDocument {
  readonly text: string;
  readonly value: unknown;
  readonly tree: Node;
  readonly positionAt: LineIndex;
}

/** Why a JSON text does not parse, in plain words, and where. */
export interface JsonSyntaxError extends TextRange {
  readonly message: string;
}

/** The text is always kept, whether it parsed or not. */
export type JsonParseResult =
  | {
      readonly ok: true;
      readonly text: string;
      readonly document: JsonDocument;
    }
  | {
      readonly ok: false;
      readonly text: string;
      readonly error: JsonSyntaxError;
    };

/**
 * The engine's own parser, many times faster than building a tree; JSON.parse
 * keeps `__proto__` as an own key and the last of repeated keys, as the tree
 * does. Anything it refuses goes the slow way, for a precise message.
 */
function parseFast(
  source: string,
): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch {
    return { ok: false };
  }
}

function tooDeep(offset: number): SyntaxErrorDetail {
  const message = `The JSON is nested too deeply: more than ${MAX_NESTING} levels of lists and objects, where a job definition needs about 10. Look for brackets that repeat.`;
  return { message, offset, length: 1 };
}

/**
 * Parses strict JSON (no comments, no trailing commas) into a value and a
 * jsonc-parser tree, or explains the first syntax error with its 1-based line
 * and column. Never throws, whatever the text; a leading byte order mark is
 * accepted.
 */
export function parseJson(text: string): JsonParseResult {
  const positionAt = createLineIndex(text);
  const fail = (detail: SyntaxErrorDetail): JsonParseResult => ({
    ok: false,
    text,
    error: { ...detail, ...positionAt(detail.offset) },
  });

  const deepAt = findExcessiveNesting(text, MAX_NESTING);
  if (deepAt !== undefined) {
    return fail(tooDeep(deepAt));
  }

  // Same length as the text, so offsets stay true.
  const source = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
  const fast = parseFast(source);
  if (fast.ok) {
    // The tree (for text ranges) is only built when a range is asked for.
    let lazyTree: Node | undefined;
    const document: JsonDocument = {
      text,
      value: fast.value,
      positionAt,
      get tree() {
        lazyTree ??= parseTree(source, [], STRICT) ?? {
          type: 'null',
          offset: 0,
          length: 0,
        };
        return lazyTree;
      },
    };
    return { ok: true, text, document };
  }

  const errors: ParseError[] = [];
  let tree: Node | undefined;
  try {
    tree = parseTree(source, errors, STRICT);
  } catch (error) {
    if (error instanceof RangeError) {
      return fail(tooDeep(0));
    }
    throw error;
  }

  const [first] = errors;
  if (first) {
    return fail(syntaxErrorMessage(source, first));
  }
  if (!tree) {
    // jsonc-parser reports every empty text, so this is a safety net.
    return fail({
      message: 'The text is empty: expected a JSON object',
      offset: 0,
      length: 0,
    });
  }

  const value = treeValue(tree);
  return { ok: true, text, document: { text, value, tree, positionAt } };
}
