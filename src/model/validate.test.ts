import { describe, expect, it } from 'vitest';

import { fixture } from './fixtures';
import { variant } from './fixtures/variant';
import type { Issue } from './issue';
import { RULES } from './rules';
import type { Rule } from './rules/context';
import { validate } from './validate';

const TOP_LEVEL_KEYS = [
  'jobDefinitionName',
  'type',
  'parameters',
  'schedulingPriority',
  'containerProperties',
  'nodeProperties',
  'retryStrategy',
  'propagateTags',
  'timeout',
  'tags',
  'platformCapabilities',
  'eksProperties',
  'ecsProperties',
  'consumableResourceProperties',
];
const JSON_VALUES: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e308,
  '',
  'text',
  [],
  [null],
  [[]],
  {},
  { '': '' },
];

function expectWellFormed(issues: readonly Issue[]): void {
  for (const issue of issues) {
    expect(Array.isArray(issue.path)).toBe(true);
    expect(['error', 'warning']).toContain(issue.severity);
    expect(issue.code).not.toBe('');
    expect(issue.message.trim()).not.toBe('');
  }
}

describe('validate', () => {
  it.each([null, undefined, 42, 'sleep10', true, [], [fixture('sleep10')]])(
    'asks for a JSON object when given %j',
    (value) => {
      expect(validate(value)).toEqual([
        {
          path: [],
          severity: 'error',
          code: 'not-an-object',
          message: expect.stringContaining('JSON object'),
        },
      ]);
    },
  );

  it('lists every error before the first warning', () => {
    const issues = validate(
      variant(
        'sleep10',
        [['containerProperties', 'memory'], 128],
        [['containerProperties', 'resourceRequirements', 0], undefined],
        [['retryStrategy'], {}],
        [['timeout'], {}],
        [['schedulingPriority'], 'high'],
      ),
    );
    const severities = issues.map((issue) => issue.severity);

    expect(severities).toContain('error');
    expect(severities).toContain('warning');
    expect(severities).toEqual([...severities].sort());
  });

  it('drops a warning at a path that already has an error', () => {
    const issues = validate(variant('sleep10', [['jobDefinitionName'], '']));

    expect(issues).toEqual([
      expect.objectContaining({
        path: ['jobDefinitionName'],
        severity: 'error',
        code: 'invalid_format',
      }),
    ]);
  });

  it('keeps a warning whose path has no error', () => {
    const issues = validate(
      variant('sleep10', [['containerProperties', 'command', 1], '']),
    );

    expect(issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'placeholder' }),
    ]);
  });

  it('reports a check that fails on odd input as a warning, and runs the others', () => {
    const failing: Rule = () => {
      throw new Error('boom');
    };
    const rules = RULES as Rule[];
    rules.unshift(failing);
    try {
      const issues = validate(variant('sleep10', [['type'], 'multinode']));

      expect(issues).toContainEqual({
        path: [],
        severity: 'warning',
        code: 'internal',
        message: 'One check could not run on this input.',
      });
      expect(issues.map((issue) => issue.code)).toContain('type-pairing');
    } finally {
      rules.splice(rules.indexOf(failing), 1);
    }
  });

  it.each(TOP_LEVEL_KEYS.flatMap((key) => JSON_VALUES.map((v) => [key, v])))(
    'never throws, and no check fails, with %s set to %j',
    (key, value) => {
      for (const base of ['sleep10', 'multinode-eks'] as const) {
        const issues = validate(variant(base, [[String(key)], value]));

        expectWellFormed(issues);
        expect(issues.map((issue) => issue.code)).not.toContain('internal');
      }
    },
  );

  it.each([
    ['a deep list in the command', ['containerProperties', 'command']],
    ['a deep object under an unknown key', ['extra']],
    ['a deep object as tags', ['tags']],
    ['a deep object as a node range', ['nodeProperties']],
  ])('never throws on %s, 10,000 levels deep', (_what, path) => {
    const list: unknown = JSON.parse('['.repeat(10_000) + ']'.repeat(10_000));
    const object: unknown = JSON.parse(
      '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000),
    );
    const value = path[0] === 'containerProperties' ? list : object;

    expect(() => validate(variant('sleep10', [path, value]))).not.toThrow();
  });

  it('checks a list of 100,000 environment variables, reporting only the size', () => {
    const environment = Array.from({ length: 100_000 }, (_, i) => ({
      name: `VARIABLE_${i}`,
      value: 'x',
    }));

    const issues = validate(
      variant('sleep10', [['containerProperties', 'environment'], environment]),
    );

    expect(issues.map((issue) => issue.code)).toEqual(['size']);
  });

  it('checks a billion nodes, warning only about the node count', () => {
    const issues = validate(
      variant('multinode-eks', [['nodeProperties', 'numNodes'], 1e9]),
    );

    expect(issues.map((issue) => issue.code)).toEqual(['node-count']);
  });

  it('treats __proto__ and constructor keys as plain keys, and pollutes nothing', () => {
    const value: unknown = JSON.parse(
      '{"jobDefinitionName":"x","type":"container","__proto__":{"polluted":1},' +
        '"constructor":{"prototype":{"polluted":1}},' +
        '"containerProperties":{"image":"busybox","__proto__":[],' +
        '"resourceRequirements":[{"type":"VCPU","value":"1"},{"type":"MEMORY","value":"128"}]},' +
        '"tags":{"__proto__":"x","constructor":"y"}}',
    );

    const issues = validate(value);

    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['containerProperties', '__proto__'], 'unknown-field'],
      [['__proto__'], 'unknown-field'],
      [['constructor'], 'unknown-field'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('returns the same issues for the same input', () => {
    const value = variant('sleep10', [['tags'], {}], [['timeout'], {}]);

    expect(validate(value)).toEqual(validate(value));
  });
});
