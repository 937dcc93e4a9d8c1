/** A problem inside one string token: where in the token, and what to say. */
export interface StringError {
  readonly at: number;
  readonly length: number;
  readonly message: string;
}

function find(token: string, pattern: RegExp, length: number) {
  const at = token.search(pattern);
  return at < 0 ? { at: 0, length: token.length } : { at, length };
}

function findControlCharacter(token: string) {
  let at = 0;
  while (at < token.length && token.charCodeAt(at) >= 0x20) {
    at++;
  }
  return at === token.length
    ? { at: 0, length: token.length }
    : { at, length: 1 };
}

/**
 * Explains an error that jsonc-parser reports for a whole string token,
 * pointing at the offending character inside it. Undefined for any other
 * error code.
 */
export function stringErrorMessage(
  code: string,
  token: string,
): StringError | undefined {
  switch (code) {
    case 'UnexpectedEndOfString':
      return {
        at: 0,
        length: token.length,
        message:
          'A string is not closed: its closing " is missing on this line',
      };
    case 'InvalidUnicode':
      return {
        ...find(token, /\\u(?![0-9a-fA-F]{4})/, 2),
        message: 'A \\u escape needs exactly four hex digits, such as \\u00e9',
      };
    case 'InvalidEscapeCharacter':
      return {
        ...find(token, /\\[^"\\/bfnrtu]/, 2),
        message:
          'Invalid escape in a string: write a backslash as \\\\ (for example C:\\\\data)',
      };
    case 'InvalidCharacter':
      return {
        ...findControlCharacter(token),
        message:
          'A string contains a tab or another control character: write it as \\t, \\n or \\u00XX',
      };
    default:
      return undefined;
  }
}
