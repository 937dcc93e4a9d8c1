const [QUOTE, BACKSLASH, LF, CR] = [34, 92, 10, 13];
const [OPEN_BRACKET, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE] = [
  91, 93, 123, 125,
];

/**
 * Returns the offset of the first `[` or `{` that opens more than `maxDepth`
 * nested levels, or undefined. A plain loop, so it cannot overflow the stack
 * the way a recursive parser does on `[[[[...]]]]`.
 */
export function findExcessiveNesting(
  text: string,
  maxDepth: number,
): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === BACKSLASH) {
        i++;
      } else if (ch === QUOTE || ch === LF || ch === CR) {
        // The scanner also ends an unclosed string at the line break.
        inString = false;
      }
    } else if (ch === QUOTE) {
      inString = true;
    } else if (ch === OPEN_BRACKET || ch === OPEN_BRACE) {
      depth++;
      if (depth > maxDepth) {
        return i;
      }
    } else if ((ch === CLOSE_BRACKET || ch === CLOSE_BRACE) && depth > 0) {
      depth--;
    }
  }
  return undefined;
}
