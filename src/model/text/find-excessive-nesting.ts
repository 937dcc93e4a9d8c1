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
    const ch = text[i];
    if (inString) {
      if (ch === '\\') {
        i++;
      } else if (ch === '"' || ch === '\n' || ch === '\r') {
        // The scanner also ends an unclosed string at the line break.
        inString = false;
      }
    } else if (ch === '"') {
      inString = true;
    } else if (ch === '[' || ch === '{') {
      depth++;
      if (depth > maxDepth) {
        return i;
      }
    } else if ((ch === ']' || ch === '}') && depth > 0) {
      depth--;
    }
  }
  return undefined;
}
