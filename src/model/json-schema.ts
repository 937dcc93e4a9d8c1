import * as z from 'zod';

import { RegisterJobDefinition } from './schema/job-definition';

let cached: Record<string, unknown> | undefined;

/**
 * The JSON Schema (draft-07, as Monaco reads it) of a RegisterJobDefinition
 * request, generated from the model: every field carries its description.
 */
export function jobDefinitionJsonSchema(): Record<string, unknown> {
  cached ??= z.toJSONSchema(RegisterJobDefinition, {
    target: 'draft-7',
    io: 'input',
  });
  return cached;
}
