import type { Issue } from './issue';

/**
 * Validates a RegisterJobDefinition request body. Never throws: anything that is
 * not a well-formed request comes back as issues.
 */
export function validate(value: unknown): Issue[] {
  // TODO: placeholder until the schema lands; replaced in the next commit.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [
      {
        path: [],
        severity: 'error',
        message: 'A job definition must be a JSON object.',
        code: 'type',
      },
    ];
  }
  return [];
}
