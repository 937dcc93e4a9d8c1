import { describe, expect, it } from 'vitest';

import { wholeDocumentPaste } from './whole-document-paste';

const pasted = '{"jobDefinitions": []}';

describe('wholeDocumentPaste', () => {
  it('returns the pasted text when it is the whole document', () => {
    expect(wholeDocumentPaste(pasted, 0, pasted.length)).toBe(pasted);
  });

  it('accepts blank lines around the paste', () => {
    const text = `\n  ${pasted}\n`;
    const start = text.indexOf(pasted);

    expect(wholeDocumentPaste(text, start, start + pasted.length)).toBe(pasted);
  });

  it('ignores a paste into existing text', () => {
    const text = `{"a": ${pasted}}`;
    const start = text.indexOf(pasted);

    expect(wholeDocumentPaste(text, start, start + pasted.length)).toBe(
      undefined,
    );
  });

  it('ignores a paste that left text after it', () => {
    const text = `${pasted}, "b": 2}`;

    expect(wholeDocumentPaste(text, 0, pasted.length)).toBeUndefined();
  });

  it('ignores an empty paste', () => {
    expect(wholeDocumentPaste('', 0, 0)).toBeUndefined();
  });
});
