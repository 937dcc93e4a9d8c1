import { afterEach, describe, expect, it } from 'vitest';

import {
  HOSTILE_ROWS,
  type ExpectedIssue,
} from '@/model/fixtures/hostile-inputs';
import { parseJson } from '@/model/text/parse-json';
import { rangeAtPath } from '@/model/text/range-at-path';

import type { DraftIssue } from './draft-state';
import { createDraftStore } from './draft-store';

function matches(message: string, expected: ExpectedIssue['message']) {
  return typeof expected === 'string'
    ? message === expected
    : expected.test(message);
}

describe('hostile inputs in the draft store', () => {
  afterEach(() => {
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it.each(HOSTILE_ROWS)('$name', ({ text, syntaxError, issues = [] }) => {
    const store = createDraftStore(text);
    const state = store.getState();

    expect(state.text).toBe(text);
    if (syntaxError !== undefined) {
      expect(state.syntaxError?.message).toBe(syntaxError);
      expect(store.setValue(['jobDefinitionName'], 'x')).toBe(false);
      expect(store.getState().text).toBe(text);
      return;
    }
    expect(state.syntaxError).toBeNull();
    const parsed = parseJson(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    for (const expected of issues) {
      const found = state.issues.find(
        (issue: DraftIssue) =>
          JSON.stringify(issue.path) === JSON.stringify(expected.path) &&
          matches(issue.message, expected.message),
      );
      expect(found, JSON.stringify(expected.path)).toBeDefined();
      // Shown where the value (or the unknown key) is in the text.
      const target = found?.code === 'unknown-field' ? 'key' : 'value';
      const { offset } = rangeAtPath(parsed.document, expected.path, target);
      expect(found?.range.offset).toBe(offset);
    }
  });

  it('keeps __proto__ and constructor keys in the text and as plain keys through a form edit', () => {
    const row = HOSTILE_ROWS.find((r) => r.name.startsWith('__proto__'));
    const store = createDraftStore(row?.text ?? '');

    store.setValue(['containerProperties', 'image'], 'alpine');

    const { text, value } = store.getState();
    expect(text.match(/"__proto__"/g)).toHaveLength(3);
    expect(text.match(/"constructor"/g)).toHaveLength(2);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value as object)).toContain('__proto__');
    expect(JSON.parse(text)).toHaveProperty(
      ['containerProperties', 'image'],
      'alpine',
    );
  });
});
