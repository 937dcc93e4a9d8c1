/**
 * The JSON Schema (draft-07) of a RegisterJobDefinition request, generated from
 * the model. TODO: placeholder until the schema lands; replaced in the next commits.
 */
export function jobDefinitionJsonSchema(): Record<string, unknown> {
  return { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object' };
}
