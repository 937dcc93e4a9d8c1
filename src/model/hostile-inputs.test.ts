import { afterEach, describe, expect, it } from 'vitest';

import { HOSTILE_ROWS, type ExpectedIssue } from './fixtures/hostile-inputs';
import type { Issue } from './issue';
import { parseJson } from './text/parse-json';
import { validate } from './validate';

function expectIssue(issues: readonly Issue[], expected: ExpectedIssue): void {
  const atPath = issues.filter(
    (issue) => JSON.stringify(issue.path) === JSON.stringify(expected.path),
  );
  const messages = atPath.map((issue) => issue.message);
  expect(
    messages.some((message) =>
      typeof expected.message === 'string'
        ? message === expected.message
        : expected.message.test(message),
    ),
    `at ${JSON.stringify(expected.path)}: ${JSON.stringify(messages)}`,
  ).toBe(true);
}

describe('hostile inputs through parseJson and validate', () => {
  afterEach(() => {
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect({}).not.toHaveProperty('polluted');
  });

  it.each(HOSTILE_ROWS)('$name', ({ text, syntaxError, issues = [] }) => {
    const parsed = parseJson(text);

    if (syntaxError !== undefined) {
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.error.message).toBe(syntaxError);
      return;
    }
    if (!parsed.ok) throw new Error(parsed.error.message);
    const found = validate(parsed.document.value);
    for (const expected of issues) expectIssue(found, expected);
    expect(found.map((issue) => issue.code)).not.toContain('internal');
  });
});
