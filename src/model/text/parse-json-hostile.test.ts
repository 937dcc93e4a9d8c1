import { describe, expect, it } from 'vitest';

import { parseJson } from './parse-json';

const DEPTH = 10_000;
const FIVE_MB = 5 * 1024 * 1024;

function bigArray(): string {
  const item = '{"name":"VARIABLE","value":"some value"},';
  const body = item.repeat(Math.ceil(FIVE_MB / item.length));
  return `[${body.slice(0, -1)}]`;
}

describe('parseJson on hostile input', () => {
  it.each([
    { name: 'arrays', text: '['.repeat(DEPTH) + ']'.repeat(DEPTH) },
    { name: 'objects', text: '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH) },
    { name: 'unclosed arrays', text: '['.repeat(DEPTH) },
    { name: 'arrays inside a 5 MB text', text: '['.repeat(FIVE_MB) },
  ])('refuses $name nested 10,000 deep with a plain error', ({ text }) => {
    const result = parseJson(text);

    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(
      /^The JSON is nested too deeply: more than 512 levels/,
    );
  });

  it('parses a 5 MB text', () => {
    const text = bigArray();

    const result = parseJson(text);

    expect(result.ok).toBe(true);
  });

  it.each([
    { name: 'a 5 MB string never closed', text: `"${'x'.repeat(FIVE_MB)}` },
    {
      name: 'a 5 MB text with a trailing comma',
      text: `${bigArray().slice(0, -1)},]`,
    },
    { name: '5 MB of garbage', text: '@'.repeat(FIVE_MB) },
  ])('reports a plain error for $name', ({ text }) => {
    const result = parseJson(text);

    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.line).toBe(1);
  });

  it('treats brackets inside strings as text when measuring depth', () => {
    const text = JSON.stringify({ command: ['['.repeat(DEPTH)] });

    expect(parseJson(text).ok).toBe(true);
  });
});
