import { describe, expect, it } from 'vitest';

import type { JsonObject } from '../fixtures';
import { issueAt, ruleIssues } from '../fixtures/rule-issues';
import { variant } from '../fixtures/variant';
import type { IssuePath } from '../issue';
import { validate } from '../validate';
import { retryStrategy, timeoutSettings } from './job-settings';

const RETRY = ['retryStrategy'];
const CONDITIONS = [...RETRY, 'evaluateOnExit'];
const PATTERN_TEXT = 'Use only letters, digits, ".", ":" and spaces';

/** ec2-container-volumes with its first retry condition replaced. */
const condition = (value: JsonObject) =>
  variant('ec2-container-volumes', [[...CONDITIONS, 0], value]);

/** The errors validate() reports at a path. */
const errorsAt = (input: JsonObject, path: IssuePath) =>
  validate(input).filter(
    (issue) =>
      issue.severity === 'error' &&
      JSON.stringify(issue.path) === JSON.stringify(path),
  );

describe('retry strategy', () => {
  it.each([
    ['one attempt', variant('sleep10', [[...RETRY, 'attempts'], 1])],
    ['ten attempts', variant('sleep10', [[...RETRY, 'attempts'], 10])],
    [
      'three conditions on exit code, reason and status',
      variant('ec2-container-volumes'),
    ],
    [
      'five conditions',
      variant('ec2-container-volumes', [
        CONDITIONS,
        Array.from({ length: 5 }, (_, i) => ({
          onExitCode: `${i}`,
          action: 'RETRY',
        })),
      ]),
    ],
    ['an exit code prefix', condition({ onExitCode: '13*', action: 'EXIT' })],
    ['a lone wildcard', condition({ onReason: '*', action: 'EXIT' })],
    [
      'a reason with colons, dots and tabs',
      condition({ onReason: 'Task failed:\tOOM.*', action: 'RETRY' }),
    ],
    ['a lower-case action', condition({ onExitCode: '1', action: 'exit' })],
    [
      'a 512-character reason',
      condition({ onReason: 'a'.repeat(512), action: 'EXIT' }),
    ],
  ])('accepts %s', (_what, input) => {
    expect(
      validate(input).filter((i) => i.path[0] === 'retryStrategy'),
    ).toEqual([]);
  });

  it.each<[string, JsonObject, IssuePath, string]>([
    [
      'zero attempts',
      variant('sleep10', [[...RETRY, 'attempts'], 0]),
      [...RETRY, 'attempts'],
      'from 1 to 10',
    ],
    [
      'eleven attempts',
      variant('sleep10', [[...RETRY, 'attempts'], 11]),
      [...RETRY, 'attempts'],
      'at most 10 attempts',
    ],
    [
      'a fraction of an attempt',
      variant('sleep10', [[...RETRY, 'attempts'], 1.5]),
      [...RETRY, 'attempts'],
      'whole number',
    ],
    [
      'six conditions',
      variant('ec2-container-volumes', [
        CONDITIONS,
        Array.from({ length: 6 }, () => ({ onExitCode: '1', action: 'RETRY' })),
      ]),
      CONDITIONS,
      'at most 5 conditions',
    ],
    [
      'a word as exit code',
      condition({ onExitCode: 'error', action: 'EXIT' }),
      [...CONDITIONS, 0, 'onExitCode'],
      'Use only digits',
    ],
    [
      'a wildcard inside an exit code',
      condition({ onExitCode: '1*3', action: 'EXIT' }),
      [...CONDITIONS, 0, 'onExitCode'],
      'optional "*" at the end',
    ],
    [
      'parentheses in a status reason',
      condition({
        onStatusReason: 'Host EC2 (instance i-0abc) terminated.',
        action: 'RETRY',
      }),
      [...CONDITIONS, 0, 'onStatusReason'],
      PATTERN_TEXT,
    ],
    [
      'a wildcard inside a reason',
      condition({ onReason: 'Cannot*Pull', action: 'RETRY' }),
      [...CONDITIONS, 0, 'onReason'],
      PATTERN_TEXT,
    ],
    [
      'a 513-character reason',
      condition({ onReason: 'a'.repeat(513), action: 'EXIT' }),
      [...CONDITIONS, 0, 'onReason'],
      'at most 512 characters',
    ],
    [
      'an unknown action',
      condition({ onExitCode: '1', action: 'STOP' }),
      [...CONDITIONS, 0, 'action'],
      'Use RETRY or EXIT',
    ],
  ])('flags %s', (_what, input, path, says) => {
    const [error] = errorsAt(input, path);

    expect(error?.message).toContain(says);
  });

  it('flags a retry strategy without attempts, at attempts', () => {
    const issues = ruleIssues(retryStrategy, variant('sleep10', [RETRY, {}]));

    expect(issues).toEqual([
      {
        path: [...RETRY, 'attempts'],
        severity: 'error',
        code: 'retry-attempts',
        message: expect.stringContaining('add it, or remove retryStrategy'),
      },
    ]);
  });

  it('flags conditions without attempts, as AWS does', () => {
    const input = variant('ec2-container-volumes', [
      [...RETRY, 'attempts'],
      undefined,
    ]);

    expect(
      issueAt(ruleIssues(retryStrategy, input), [...RETRY, 'attempts']),
    ).toMatchObject({
      severity: 'error',
      code: 'retry-attempts',
    });
  });

  it.each([
    ['only an action', { action: 'RETRY' }],
    ['empty patterns', { onExitCode: '', onReason: '', action: 'EXIT' }],
  ])('warns that a condition with %s matches every attempt', (_what, value) => {
    const issues = ruleIssues(retryStrategy, condition(value));

    expect(issues).toEqual([
      {
        path: [...CONDITIONS, 0],
        severity: 'warning',
        code: 'retry-condition',
        message: expect.stringContaining(
          'give onExitCode, onReason or onStatusReason',
        ),
      },
    ]);
  });
});

describe('timeout', () => {
  it.each([
    ['60 seconds', 60],
    ['a year, since there is no maximum', 31_536_000],
  ])('accepts %s', (_what, seconds) => {
    const input = variant('sleep10', [
      ['timeout', 'attemptDurationSeconds'],
      seconds,
    ]);

    expect(validate(input)).toEqual([]);
  });

  it.each([59, 0, -60])('flags a timeout of %s seconds', (seconds) => {
    const input = variant('sleep10', [
      ['timeout', 'attemptDurationSeconds'],
      seconds,
    ]);

    expect(
      errorsAt(input, ['timeout', 'attemptDurationSeconds'])[0]?.message,
    ).toBe('Must be at least 60 seconds.');
  });

  it('warns about a timeout that sets nothing', () => {
    const issues = ruleIssues(
      timeoutSettings,
      variant('sleep10', [['timeout'], {}]),
    );

    expect(issues).toEqual([
      {
        path: ['timeout'],
        severity: 'warning',
        code: 'timeout',
        message: expect.stringContaining(
          'add attemptDurationSeconds, or remove timeout',
        ),
      },
    ]);
  });
});

describe('jobDefinitionName', () => {
  it.each(['a', 'Sleep_10-v2', '-leading-hyphen', 'n'.repeat(128)])(
    'accepts %s',
    (name) => {
      expect(
        validate(variant('sleep10', [['jobDefinitionName'], name])),
      ).toEqual([]);
    },
  );

  it.each([
    '',
    'sleep 10',
    'sleep.10',
    'sleep/10',
    'n'.repeat(129),
    'schlaf-zehn-ä',
  ])('flags "%s"', (name) => {
    const input = variant('sleep10', [['jobDefinitionName'], name]);

    expect(errorsAt(input, ['jobDefinitionName'])[0]?.message).toContain(
      '1 to 128 letters, digits, hyphens (-) and underscores (_)',
    );
  });
});
