import { printParseErrorCode } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';

import { stringErrorMessage } from './string-error-message';
import { symbolMessage } from './symbol-message';

/** Where a syntax error is and what to say about it. */
export interface SyntaxErrorDetail {
  readonly message: string;
  readonly offset: number;
  readonly length: number;
}

const LEADING_ZERO_BEFORE = /(^|[^\d.eE+-])-?0$/;

function previousSignificant(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i] ?? '')) {
    i--;
  }
  return i;
}

function shown(token: string): string {
  if (token === '') {
    return 'the end of the text';
  }
  return token.length > 24 ? `${token.slice(0, 24)}…` : token;
}

function expectedMessage(
  code: string,
  token: string,
  prev: string,
  isBlank: boolean,
): string {
  if (token === '') {
    return isBlank
      ? 'The text is empty: expected a JSON object'
      : 'Unexpected end of text: a value is missing';
  }
  if (token === ',' && prev === ',') {
    return 'Two commas in a row: delete one';
  }
  if (code === 'PropertyNameExpected') {
    return `Expected a property name in double quotes, found ${shown(token)}`;
  }
  return prev === ':'
    ? `Expected a value after the colon, found ${shown(token)}`
    : `Expected a value, found ${shown(token)}`;
}

function plainMessage(
  code: string,
  text: string,
  token: string,
  offset: number,
): string {
  switch (code) {
    case 'InvalidSymbol':
      return symbolMessage(text, offset, token);
    case 'ColonExpected':
      return `Expected a colon (:) after the property name, found ${shown(token)}`;
    case 'CommaExpected':
      return LEADING_ZERO_BEFORE.test(text.slice(0, offset)) &&
        /^\d/.test(token)
        ? 'Numbers cannot start with 0: delete the leading zero'
        : `A comma is missing before ${shown(token)}`;
    case 'CloseBraceExpected':
      return 'Unexpected end of text: a } is missing';
    case 'CloseBracketExpected':
      return 'Unexpected end of text: a ] is missing';
    case 'EndOfFileExpected':
      return token === '}' || token === ']'
        ? `Extra ${token} after the end of the JSON value: the brackets do not match`
        : `Only one JSON value is allowed, but ${shown(token)} follows it`;
    case 'InvalidCommentToken':
      return 'Comments are not allowed in JSON: delete the comment';
    case 'UnexpectedEndOfNumber':
    case 'InvalidNumberFormat':
      return `${shown(token)} is not a complete number`;
    default:
      return `Invalid JSON near ${shown(token)}`;
  }
}

/**
 * Turns jsonc-parser's first error into a plain, specific message and the
 * exact place to fix: a trailing comma points at the comma, a bad escape at
 * its backslash.
 */
export function syntaxErrorMessage(
  text: string,
  error: ParseError,
): SyntaxErrorDetail {
  const code = printParseErrorCode(error.error);
  const token = text.slice(error.offset, error.offset + error.length);
  const here = { offset: error.offset, length: error.length };

  const inString = stringErrorMessage(code, token);
  if (inString) {
    const { at, length, message } = inString;
    return { offset: error.offset + at, length, message };
  }

  if (code !== 'PropertyNameExpected' && code !== 'ValueExpected') {
    return { ...here, message: plainMessage(code, text, token, error.offset) };
  }

  const prevAt = previousSignificant(text, error.offset);
  const prev = text[prevAt] ?? '';
  if ((token === '}' || token === ']') && prev === ',') {
    const message = `Trailing comma before ${token}: delete the comma`;
    return { offset: prevAt, length: 1, message };
  }
  return { ...here, message: expectedMessage(code, token, prev, prevAt < 0) };
}
