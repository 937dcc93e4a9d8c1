import { describe, expect, it } from 'vitest';

import { validate } from './validate';

// Inputs that property tests found; each once made validate throw.
describe('validate on odd values', () => {
  it('reports a type error for an object with no prototype and a constructor key', () => {
    const name = Object.assign(Object.create(null) as object, {
      constructor: { name: { toString: 0 } },
    });

    const issues = validate({ jobDefinitionName: name });

    expect(issues).toContainEqual({
      path: ['jobDefinitionName'],
      severity: 'error',
      code: 'invalid_type',
      message: 'Must be text, not an object.',
    });
  });

  it('runs every rule when a legacy memory value is an object with a toString key', () => {
    const input: unknown = JSON.parse(
      '{"jobDefinitionName": "a", "type": "container", "containerProperties": {"image": "busybox", "memory": {"toString": 1}}}',
    );

    const issues = validate(input);

    expect(issues.map((issue) => issue.code)).not.toContain('internal');
    expect(issues).toContainEqual({
      path: ['containerProperties', 'memory'],
      severity: 'error',
      code: 'invalid_type',
      message: 'Must be a number, not an object.',
    });
  });

  it.each([
    {
      name: 'an emoji (a whole surrogate pair)',
      text: '"rocket \ud83d\ude80"',
    },
    { name: 'plain text', text: '"rocket"' },
  ])('raises no lone-surrogate issue for $name', ({ text }) => {
    const input: unknown = JSON.parse(`{"tags": {"note": ${text}}}`);

    const codes = validate(input).map((issue) => issue.code);

    expect(codes).not.toContain('lone-surrogate');
  });

  it.each([
    { name: 'a high surrogate at the end', text: '"rocket \ud83d"' },
    { name: 'a low surrogate alone', text: '"\ude80 rocket"' },
    { name: 'two high surrogates', text: '"\ud83d\ud83d\ude80"' },
  ])('flags $name in a tag value', ({ text }) => {
    const input: unknown = JSON.parse(`{"tags": {"note": ${text}}}`);

    expect(validate(input)).toContainEqual(
      expect.objectContaining({
        path: ['tags', 'note'],
        severity: 'warning',
        code: 'lone-surrogate',
      }),
    );
  });
});
