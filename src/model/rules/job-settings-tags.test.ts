import { describe, expect, it } from 'vitest';

import { fixture, type JsonObject } from '../fixtures';
import { ruleIssues } from '../fixtures/rule-issues';
import { variant } from '../fixtures/variant';
import { requestSize, tags, unusedParameters } from './job-settings';

// Four bytes in UTF-8, two UTF-16 units, one code point.
const EMOJI = '\u{1F680}';
const bytes = (value: unknown) =>
  new TextEncoder().encode(JSON.stringify(value)).length;

const withTags = (value: unknown) => variant('sleep30-tags', [['tags'], value]);
const manyTags = (count: number) =>
  Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`tag-${i}`, `${i}`]),
  );

/** sleep10 padded with a parameter default to exactly this many bytes. */
function ofSize(target: number): JsonObject {
  const base = variant('sleep10', [['parameters', 'pad'], '']);
  return variant('sleep10', [
    ['parameters', 'pad'],
    'x'.repeat(target - bytes(base)),
  ]);
}

describe('tags', () => {
  it.each([
    ['two tags', fixture('sleep30-tags')],
    ['50 tags', withTags(manyTags(50))],
    ['a key of 128 code points', withTags({ [EMOJI.repeat(128)]: 'x' })],
    ['a value of 256 code points', withTags({ note: EMOJI.repeat(256) })],
    ['an empty value', withTags({ reviewed: '' })],
    ['a key with aws in the middle', withTags({ 'team:aws:owner': 'x' })],
    ['a value starting with aws:', withTags({ source: 'aws:cloudformation' })],
  ])('accepts %s', (_what, input) => {
    expect(ruleIssues(tags, input)).toEqual([]);
  });

  it.each<[string, unknown, readonly (string | number)[], string]>([
    ['an empty tags object', {}, ['tags'], 'remove tags, or add at least one'],
    [
      '51 tags',
      manyTags(51),
      ['tags'],
      'There are 51 tags; AWS allows at most 50',
    ],
    ['an empty key', { '': 'x' }, ['tags', ''], '1 to 128 characters'],
    [
      'a key of 129 characters',
      { ['k'.repeat(129)]: 'x' },
      ['tags', 'k'.repeat(129)],
      '1 to 128 characters',
    ],
    [
      'a key of 129 code points',
      { [EMOJI.repeat(129)]: 'x' },
      ['tags', EMOJI.repeat(129)],
      '1 to 128 characters',
    ],
    [
      'a value of 257 characters',
      { note: 'v'.repeat(257) },
      ['tags', 'note'],
      'at most 256 characters',
    ],
    [
      'the reserved aws: prefix',
      { 'aws:team': 'x' },
      ['tags', 'aws:team'],
      'reserved for AWS',
    ],
    [
      'the reserved prefix in capitals',
      { 'AWS:Team': 'x' },
      ['tags', 'AWS:Team'],
      'reserved for AWS',
    ],
  ])('flags %s', (_what, value, path, says) => {
    const issues = ruleIssues(tags, withTags(value));

    expect(issues).toEqual([
      {
        path,
        severity: 'error',
        code: 'tags',
        message: expect.stringContaining(says),
      },
    ]);
  });
});

describe('unusedParameters', () => {
  it.each([
    ['defaults used by Ref:: placeholders', fixture('ec2-container-volumes')],
    ['no parameters', fixture('sleep10')],
    [
      'a placeholder without a default',
      variant('sleep10', [
        ['containerProperties', 'command', 1],
        'Ref::seconds',
      ]),
    ],
    [
      'parameters of an ECS task, whose commands are not read',
      variant('managed-instances-ecs', [['parameters'], { preset: 'web' }]),
    ],
    [
      'a default used in a node range command',
      variant(
        'multinode-ec2-nested-ranges',
        [['parameters'], { nodes: '8' }],
        [
          [
            'nodeProperties',
            'nodeRangeProperties',
            1,
            'container',
            'command',
            2,
          ],
          'Ref::nodes',
        ],
      ),
    ],
  ])('accepts %s', (_what, input) => {
    expect(ruleIssues(unusedParameters, input)).toEqual([]);
  });

  it('warns about a default that no placeholder uses', () => {
    const input = variant('ec2-container-volumes', [
      ['parameters', 'threds'],
      '8',
    ]);

    expect(ruleIssues(unusedParameters, input)).toEqual([
      {
        path: ['parameters', 'threds'],
        severity: 'warning',
        code: 'unused-parameter',
        message: expect.stringContaining('No "Ref::threds" in the command'),
      },
    ]);
  });

  it('does not count a placeholder inside a longer argument', () => {
    const input = variant(
      'sleep10',
      [['parameters'], { seconds: '10' }],
      [['containerProperties', 'command', 1], '--wait=Ref::seconds'],
    );

    expect(ruleIssues(unusedParameters, input).map((i) => i.path)).toEqual([
      ['parameters', 'seconds'],
    ]);
  });
});

describe('requestSize', () => {
  it.each([
    ['a small definition', 500],
    ['23 KiB exactly', 23 * 1024],
  ])('accepts %s', (_what, size) => {
    expect(ruleIssues(requestSize, ofSize(size))).toEqual([]);
  });

  it.each([
    ['just over 23 KiB', 23 * 1024 + 1],
    ['24 KiB exactly', 24 * 1024],
  ])('warns at %s that the quota is close', (_what, size) => {
    expect(ruleIssues(requestSize, ofSize(size))).toEqual([
      {
        path: [],
        severity: 'warning',
        code: 'size',
        message: expect.stringContaining("close to AWS's 24 KiB limit"),
      },
    ]);
  });

  it('flags one byte over 24 KiB at the root, and says what to move', () => {
    const [issue] = ruleIssues(requestSize, ofSize(24 * 1024 + 1));

    expect(issue).toMatchObject({ path: [], severity: 'error', code: 'size' });
    expect(issue?.message).toBe(
      'The job definition is 24.0 KiB; AWS accepts at most 24 KiB. Move large values (environment, parameters) elsewhere.',
    );
  });

  it('counts UTF-8 bytes, not characters', () => {
    const input = variant('sleep10', [
      ['parameters', 'note'],
      EMOJI.repeat(6120),
    ]);

    expect(JSON.stringify(input).length).toBeLessThan(24 * 1024);
    expect(ruleIssues(requestSize, input)[0]?.severity).toBe('error');
  });

  it('gives the size of the large fixture in KiB', () => {
    const [issue] = ruleIssues(requestSize, fixture('large-ecs-over-quota'));

    expect(issue?.message).toContain(
      `is ${(bytes(fixture('large-ecs-over-quota')) / 1024).toFixed(1)} KiB`,
    );
  });
});
