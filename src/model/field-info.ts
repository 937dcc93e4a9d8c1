import * as z from 'zod';

import type { IssuePath } from './issue';
import { RegisterJobDefinition } from './schema/job-definition';

/** How a field is edited. */
export type FieldKind =
  | 'text'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'choice'
  | 'list'
  | 'map'
  | 'object';

/** What the model says about one field: its kind, documentation and values. */
export interface FieldInfo {
  readonly kind: FieldKind;
  readonly description: string;
  readonly isRequired: boolean;
  /** Allowed values of a choice (or suggested ones, such as RETRY and EXIT). */
  readonly options: readonly string[];
  /** Field names of an object, in the model's order. */
  readonly keys: readonly string[];
}

type AnySchema = z.core.$ZodType;

const cache = new Map<string, FieldInfo | undefined>();

/**
 * Describes the field at `path` of a RegisterJobDefinition request (list
 * indexes are numbers), or undefined when the model has no such field. The
 * form takes its labels' help texts and input kinds from here.
 */
export function fieldInfo(path: IssuePath): FieldInfo | undefined {
  const key = path
    .map((segment) => (typeof segment === 'number' ? '#' : segment))
    .join('.');
  if (!cache.has(key)) cache.set(key, describe(path));
  return cache.get(key);
}

function describe(path: IssuePath): FieldInfo | undefined {
  let schema: AnySchema = RegisterJobDefinition;
  let isRequired = true;
  for (const segment of path) {
    const inner = unwrap(schema);
    const next = childSchema(inner, segment);
    if (!next) return undefined;
    isRequired =
      !(next instanceof z.ZodOptional) && typeof segment === 'string';
    schema = next;
  }
  const inner = unwrap(schema);
  return {
    kind: kindOf(inner),
    description: descriptionOf(schema) ?? descriptionOf(inner) ?? '',
    isRequired: path.length === 0 || isRequired,
    options: optionsOf(inner, schema),
    keys: inner instanceof z.ZodObject ? Object.keys(inner.shape) : [],
  };
}

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  while (current instanceof z.ZodOptional) current = current.unwrap();
  return current;
}

function childSchema(
  schema: AnySchema,
  segment: string | number,
): AnySchema | undefined {
  if (schema instanceof z.ZodObject && typeof segment === 'string') {
    return Object.prototype.hasOwnProperty.call(schema.shape, segment)
      ? schema.shape[segment]
      : undefined;
  }
  if (schema instanceof z.ZodArray && typeof segment === 'number')
    return schema.element;
  if (schema instanceof z.ZodRecord && typeof segment === 'string')
    return schema.valueType;
  return undefined;
}

function kindOf(schema: AnySchema): FieldKind {
  if (schema instanceof z.ZodObject) return 'object';
  if (schema instanceof z.ZodArray) return 'list';
  if (schema instanceof z.ZodRecord) return 'map';
  if (schema instanceof z.ZodBoolean) return 'boolean';
  if (schema instanceof z.ZodEnum) return 'choice';
  if (schema instanceof z.ZodNumber) return schema.isInt ? 'integer' : 'number';
  if (schema instanceof z.ZodPipe) return 'choice';
  return 'text';
}

function descriptionOf(schema: AnySchema): string | undefined {
  const meta = z.globalRegistry.get(schema);
  return typeof meta?.description === 'string' ? meta.description : undefined;
}

function optionsOf(inner: AnySchema, outer: AnySchema): readonly string[] {
  if (inner instanceof z.ZodEnum) {
    return inner.options.filter(
      (option): option is string => typeof option === 'string',
    );
  }
  const examples =
    z.globalRegistry.get(inner)?.examples ??
    z.globalRegistry.get(outer)?.examples;
  return Array.isArray(examples)
    ? examples.filter(
        (example): example is string => typeof example === 'string',
      )
    : [];
}
