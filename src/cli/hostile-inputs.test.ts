import { describe, expect, it } from 'vitest';

import { HOSTILE_ROWS } from '@/model/fixtures/hostile-inputs';
import { formatPath } from '@/model/path';

import { checkText } from './check-text';

describe('hostile inputs through the command-line check', () => {
  it.each(HOSTILE_ROWS)('$name', ({ text, syntaxError, issues = [] }) => {
    const report = checkText('hostile.json', text);

    expect(Object.prototype).not.toHaveProperty('polluted');
    if (syntaxError !== undefined) {
      expect(report.parseError?.message).toBe(syntaxError);
      return;
    }
    expect(report.parseError).toBeNull();
    for (const expected of issues) {
      const found = report.issues.filter(
        (issue) => issue.path === formatPath(expected.path),
      );
      expect(
        found.some((issue) =>
          typeof expected.message === 'string'
            ? issue.message === expected.message
            : expected.message.test(issue.message),
        ),
        JSON.stringify(found.map((issue) => issue.message)),
      ).toBe(true);
    }
  });
});
