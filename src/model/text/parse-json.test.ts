import { describe, expect, it } from 'vitest';

import { parseJson } from './parse-json';

function errorOf(text: string) {
  const result = parseJson(text);
  if (result.ok) {
    throw new Error(`expected a syntax error for ${text}`);
  }
  return result.error;
}

describe('parseJson', () => {
  it.each([
    '{"jobDefinitionName":"a","type":"container"}',
    '[1, -2.5e3, true, false, null, "x\\u00e9\\n"]',
    '{"a":{"b":[{"c":[]},{}]}}',
    '  "just a string"  ',
    '{"a":1,"a":2}',
  ])('gives the same value as JSON.parse for %s', (text) => {
    const result = parseJson(text);

    expect(result.ok).toBe(true);
    expect(result.ok && result.document.value).toEqual(JSON.parse(text));
  });

  it.each([
    { text: '[1,]', message: 'Trailing comma before ]', line: 1, column: 3 },
    {
      text: '{\n  "a": 1,\n}',
      message: 'Trailing comma before }',
      line: 2,
      column: 9,
    },
    {
      text: '{"a": {"b": 1}',
      message: 'Unexpected end of text: a } is missing',
      line: 1,
      column: 15,
    },
    {
      text: '[1, 2',
      message: 'Unexpected end of text: a ] is missing',
      line: 1,
      column: 6,
    },
    { text: '', message: 'The text is empty', line: 1, column: 1 },
    {
      text: '{"a":\n',
      message: 'Unexpected end of text: a value is missing',
      line: 2,
      column: 1,
    },
    {
      text: '{"port": integer}',
      message: 'Expected a value, found integer',
      line: 1,
      column: 10,
    },
    { text: '{\n  ...\n  "a": 1\n}', message: 'Found ...', line: 2, column: 3 },
    {
      text: '{image: "x"}',
      message: 'Property names need double quotes: write "image"',
      line: 1,
      column: 2,
    },
    {
      text: "{'image': 'x'}",
      message: 'Single quotes are not allowed',
      line: 1,
      column: 2,
    },
    {
      text: '{"a": True}',
      message: 'JSON writes true, false and null in lower case',
      line: 1,
      column: 7,
    },
    {
      text: '{"a": NaN}',
      message: 'NaN is not a JSON value',
      line: 1,
      column: 7,
    },
    {
      text: '{"a": 1\n "b": 2}',
      message: 'A comma is missing before "b"',
      line: 2,
      column: 2,
    },
    {
      text: '{"a" 1}',
      message: 'Expected a colon (:) after the property name, found 1',
      line: 1,
      column: 6,
    },
    {
      text: '{"a": }',
      message: 'Expected a value after the colon, found }',
      line: 1,
      column: 7,
    },
    { text: '[1,,2]', message: 'Two commas in a row', line: 1, column: 4 },
    { text: '{,}', message: 'Expected a value, found ,', line: 1, column: 2 },
    {
      text: '[007]',
      message: 'Numbers cannot start with 0',
      line: 1,
      column: 3,
    },
    {
      text: '{"a":1}}',
      message: 'Extra } after the end of the JSON value',
      line: 1,
      column: 8,
    },
    {
      text: '{} {}',
      message: 'Only one JSON value is allowed',
      line: 1,
      column: 4,
    },
    {
      text: '// note\n{}',
      message: 'Comments are not allowed in JSON',
      line: 1,
      column: 1,
    },
    {
      text: '{"a": "open\n}',
      message: 'A string is not closed',
      line: 1,
      column: 7,
    },
    {
      text: '{"p": "C:\\data"}',
      message: 'Invalid escape in a string',
      line: 1,
      column: 10,
    },
    {
      text: '["\\u12"]',
      message: 'A \\u escape needs exactly four hex digits',
      line: 1,
      column: 3,
    },
    { text: '["a\tb"]', message: 'control character', line: 1, column: 4 },
    {
      text: '[1.]',
      message: '1. is not a complete number',
      line: 1,
      column: 2,
    },
    { text: '{"a": @}', message: 'Unexpected character @', line: 1, column: 7 },
  ])(
    'reports "$message" at $line:$column for $text',
    ({ text, message, line, column }) => {
      const error = errorOf(text);

      expect(error.message).toContain(message);
      expect({ line: error.line, column: error.column }).toEqual({
        line,
        column,
      });
    },
  );

  it.each([
    { text: '{\r\n  "a": 1,\r\n}', line: 2, column: 9 },
    { text: '\uFEFF{"a": 1,}', line: 1, column: 8 },
  ])(
    'counts lines and columns the way editors do in $text',
    ({ text, line, column }) => {
      const error = errorOf(text);

      expect({ line: error.line, column: error.column }).toEqual({
        line,
        column,
      });
    },
  );

  it('accepts a leading byte order mark', () => {
    const result = parseJson('\uFEFF{"a": 1}');

    expect(result.ok && result.document.value).toEqual({ a: 1 });
  });

  it('keeps the text when it does not parse', () => {
    const text = '{"a": 1,}';

    expect(parseJson(text).text).toBe(text);
  });

  it('keeps __proto__ and constructor as ordinary own keys', () => {
    const text =
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}';
    const result = parseJson(text);
    const value: unknown = result.ok ? result.document.value : undefined;

    expect(Object.keys(value ?? {})).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({
      polluted: true,
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
