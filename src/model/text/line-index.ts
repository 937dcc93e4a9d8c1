import type { TextPosition } from './text-range';

/** Turns offsets of one text into lines and columns. */
export type LineIndex = (offset: number) => TextPosition;

const BOM = '\uFEFF';

/**
 * Indexes the line starts of `text` once, so that each lookup is a binary
 * search: the CLI and the editor ask for many positions in large texts.
 * Line breaks are `\n`, `\r\n` and `\r`. A leading byte order mark is not a
 * column: editors hide it.
 */
export function createLineIndex(text: string): LineIndex {
  // Built on the first lookup: most large texts that parse need none.
  let lineStarts: number[] | undefined;

  return (offset) => {
    const starts = (lineStarts ??= indexLines(text));
    const clamped = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= clamped) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    const start = starts[low] ?? 0;
    return { line: low + 1, column: Math.max(0, clamped - start) + 1 };
  };
}

function indexLines(text: string): number[] {
  const starts = [text.startsWith(BOM) ? 1 : 0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 && text.charCodeAt(i + 1) === 10) {
      continue;
    }
    if (ch === 10 || ch === 13) {
      starts.push(i + 1);
    }
  }
  return starts;
}
