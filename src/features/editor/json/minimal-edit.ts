import type { TextEdit } from '@/draft/edit-at-path';

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The single edit that turns `from` into `to`, keeping their common start and
 * end (so a resync moves the cursor and the undo history as little as
 * possible). Never splits a surrogate pair or a CRLF. Returns undefined when
 * the texts are equal.
 */
export function minimalEdit(from: string, to: string): TextEdit | undefined {
  if (from === to) return undefined;

  const shorter = Math.min(from.length, to.length);
  let start = 0;
  while (start < shorter && from.charCodeAt(start) === to.charCodeAt(start)) {
    start++;
  }
  if (start > 0 && isHighSurrogate(from.charCodeAt(start - 1))) start--;
  // An editor reads a lone \r as a line break of its own.
  if (start > 0 && from[start - 1] === '\r') start--;

  let end = 0;
  while (
    end < shorter - start &&
    from.charCodeAt(from.length - 1 - end) ===
      to.charCodeAt(to.length - 1 - end)
  ) {
    end++;
  }
  if (end > 0 && isLowSurrogate(from.charCodeAt(from.length - end))) end--;
  if (end > 0 && from[from.length - end] === '\n') end--;

  return {
    offset: start,
    length: from.length - start - end,
    text: to.slice(start, to.length - end),
  };
}
