const ELLIPSIS = /^(\.\.\.|…)/;
const PYTHON_LITERAL = /^(True|False|None)$/;
const NOT_JSON_LITERAL = /^(NaN|-?Infinity|undefined)$/;
const BARE_WORD = /^[A-Za-z_$][\w$.-]*$/;

function nextSignificant(text: string, offset: number): string {
  const rest = text.slice(offset, offset + 200).trimStart();
  return rest[0] ?? '';
}

function previousSignificant(text: string, offset: number): string {
  const before = text.slice(Math.max(0, offset - 200), offset).trimEnd();
  return before[before.length - 1] ?? '';
}

/**
 * Explains a run of characters that cannot start any JSON token, guessing
 * where it most likely came from: an ellipsis in documentation, single
 * quotes, Python or JavaScript literals, or a word that lacks its quotes.
 */
export function symbolMessage(
  text: string,
  offset: number,
  token: string,
): string {
  if (ELLIPSIS.test(token)) {
    return 'Found ... where JSON expects a value or property: write out what it stands for, or delete it';
  }
  if (token.startsWith("'")) {
    return 'Single quotes are not allowed in JSON: use double quotes';
  }
  if (PYTHON_LITERAL.test(token)) {
    return `Expected a value, found ${token}: JSON writes true, false and null in lower case`;
  }
  if (NOT_JSON_LITERAL.test(token)) {
    return `${token} is not a JSON value: use a number, a string or null`;
  }
  if (BARE_WORD.test(token)) {
    const isKey =
      nextSignificant(text, offset + token.length) === ':' &&
      ['{', ','].includes(previousSignificant(text, offset));
    return isKey
      ? `Property names need double quotes: write "${token}"`
      : `Expected a value, found ${token}: write text in double quotes`;
  }
  const shown = token.length > 24 ? `${token.slice(0, 24)}…` : token;
  return `Unexpected character ${shown}`;
}
