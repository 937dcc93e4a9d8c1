import { describe, expect, it } from 'vitest';

import { createDraftStore } from './draft-store';
import { printInline } from './json-format';

// Found by draft-store.property.test.ts: a form value holding "[ " lost its
// space when inserted into a one-line object.
describe('printInline', () => {
  it.each([
    {
      name: 'brackets and braces with spaces',
      value: { '[ ': ['x ]', '{ y }'] },
    },
    {
      name: 'nested lists and objects',
      value: { a: [1, { b: [] }, {}], c: null },
    },
    { name: 'a plain string', value: ' [ padded ] ' },
  ])(
    'prints $name on one line that parses back to the same value',
    ({ value }) => {
      const printed = printInline(value);

      expect(printed).not.toContain('\n');
      expect(JSON.parse(printed)).toEqual(value);
    },
  );

  it('keeps the one-line style of the text it goes into', () => {
    expect(printInline({ a: [1, 2], b: { c: 'd' } })).toBe(
      '{"a": [1, 2], "b": {"c": "d"}}',
    );
  });

  it('keeps the spaces inside a string that a form edit adds to a one-line object', () => {
    const store = createDraftStore(
      '{"jobDefinitionName":"a","tags":{"x":"y"}}',
    );

    store.setValue(['parameters'], { '[ ': 'x ]' });

    expect(JSON.parse(store.getState().text)).toEqual({
      jobDefinitionName: 'a',
      tags: { x: 'y' },
      parameters: { '[ ': 'x ]' },
    });
  });
});
