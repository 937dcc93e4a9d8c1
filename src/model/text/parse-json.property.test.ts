import { isDeepStrictEqual } from 'node:util';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { propertyRuns } from '../fixtures/property-runs';
import { parseJson } from './parse-json';
import { treeValue } from './tree-value';

const key = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.constantFrom('__proto__', 'constructor', 'type', 'image', '\uD800'),
);
const json = fc
  .jsonValue({ maxDepth: 5 })
  .chain((value) =>
    fc.oneof(
      fc.constant(value),
      fc.dictionary(key, fc.constant(value), { maxKeys: 3 }),
    ),
  );
const indent = fc.constantFrom<string | number>(0, 1, 2, 4, '\t');

function print(value: unknown, space: string | number): string {
  return JSON.stringify(value, null, space);
}

function parsedValue(text: string): unknown {
  const result = parseJson(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.document.value;
}

describe('parseJson on random JSON', () => {
  it('prints back to the same text: print(parse(print(v))) === print(v)', () => {
    fc.assert(
      fc.property(json, indent, (value, space) => {
        const text = print(value, space);

        expect(print(parsedValue(text), space)).toBe(text);
      }),
      propertyRuns(800),
    );
  });

  it('builds the same value from the parse tree as from the fast parser', () => {
    fc.assert(
      fc.property(json, indent, (value, space) => {
        const result = parseJson(print(value, space));
        if (!result.ok) throw new Error(result.error.message);

        // Vitest's toStrictEqual trips over an own "constructor" key.
        const fromTree = treeValue(result.document.tree);
        expect(isDeepStrictEqual(fromTree, result.document.value)).toBe(true);
      }),
      propertyRuns(400),
    );
  });

  it('keeps the text of a value it cannot parse, with a line and column inside it', () => {
    const broken = fc
      .tuple(json, indent, fc.nat(), fc.constantFrom(',', '{', '"', ':', ']'))
      .map(([value, space, at, inserted]) => {
        const text = print(value, space);
        const offset = at % (text.length + 1);
        return text.slice(0, offset) + inserted + text.slice(offset);
      });
    fc.assert(
      fc.property(broken, (text) => {
        const result = parseJson(text);
        if (result.ok) return;

        expect(result.text).toBe(text);
        const lines = text.split(/\r\n|\r|\n/);
        expect(result.error.line).toBeGreaterThanOrEqual(1);
        expect(result.error.line).toBeLessThanOrEqual(lines.length);
        expect(result.error.message).not.toMatch(/^Invalid JSON near/);
      }),
      propertyRuns(600),
    );
  });
});
