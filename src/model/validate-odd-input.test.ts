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
});
