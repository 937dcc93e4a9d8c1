import { describe, expect, it } from 'vitest';

import { createDraftStore } from './draft-store';

// A key typed twice means its last value (as JSON.parse reads it); removing
// the field through the form once brought the first value back.
describe('a form removal of a key the text holds twice', () => {
  it('removes every copy of the key and nothing else', () => {
    const store = createDraftStore('{"a": 1, "b": 2, "a": 3}');

    store.setValue(['a'], undefined);

    expect(store.getState().text).toBe('{"b": 2}');
  });

  it('keeps the layout of the properties between the copies', () => {
    const text =
      '{\n  "x": {\n    "a": 1,\n    "b":   [1,2],\n    "a": 3\n  }\n}';
    const store = createDraftStore(text);

    store.setValue(['x', 'a'], undefined);

    expect(store.getState().text).toBe('{\n  "x": {\n    "b":   [1,2]\n  }\n}');
  });

  it('sets the last copy, the one that counts, when given a value', () => {
    const store = createDraftStore('{"a": 1, "a": 3}');

    store.setValue(['a'], 5);

    expect(store.getState().text).toBe('{"a": 1, "a": 5}');
  });
});
