import * as z from 'zod';

import type { Issue } from './issue';
import { intrinsicFunction } from './shapes/intrinsic-function';
import { closestName } from './suggest';
import { RegisterJobDefinition } from './schema/job-definition';

type ZodIssue = z.core.$ZodIssue;

/**
 * Checks the shape of a request against the schema (types, required fields,
 * allowed values, unknown keys, single-field ranges) and returns plain-language
 * issues, one per problem.
 */
export function schemaIssues(value: unknown): Issue[] {
  const knownKeys = new Map<unknown, readonly string[]>();
  const result = RegisterJobDefinition.safeParse(value, {
    reportInput: true,
    error: (issue) => {
      // Remember which keys the object allows, to suggest the closest one.
      if (
        issue.code === 'unrecognized_keys' &&
        issue.inst instanceof z.ZodObject
      ) {
        knownKeys.set(issue.input, Object.keys(issue.inst.shape));
      }
      // toIssues words type errors itself; Zod's own wording reads the
      // input's constructor, which throws on an object with no prototype.
      return issue.code === 'invalid_type' ? 'Wrong type.' : undefined;
    },
  });
  if (result.success) return [];

  const issues = result.error.issues.flatMap((issue) =>
    toIssues(issue, knownKeys),
  );
  return withoutImplicitBounds(withoutMisspeltRequired(issues, knownKeys));
}

// Zod's int() also bounds every whole number to JavaScript's safe range.
const SAFE_BOUND_CODE = 'unsafe-integer';

function isSafeBound(issue: ZodIssue): boolean {
  return (
    (issue.code === 'too_big' && issue.maximum === Number.MAX_SAFE_INTEGER) ||
    (issue.code === 'too_small' && issue.minimum === Number.MIN_SAFE_INTEGER)
  );
}

/**
 * A huge whole number breaks the field's own range as well as JavaScript's
 * safe range: the field's message says what AWS allows, so the safe-range
 * one is kept only where the field has no range of its own.
 */
function withoutImplicitBounds(issues: readonly Issue[]): Issue[] {
  const withOwnRange = new Set(
    issues
      .filter((issue) => issue.code !== SAFE_BOUND_CODE)
      .map((issue) => JSON.stringify(issue.path)),
  );
  return issues.filter(
    (issue) =>
      issue.code !== SAFE_BOUND_CODE ||
      !withOwnRange.has(JSON.stringify(issue.path)),
  );
}

/**
 * A required field reported missing because the user misspelt it (sizeInGib
 * for sizeInGiB) is one mistake: keep only the unknown-field issue, which
 * names the right spelling.
 */
function withoutMisspeltRequired(
  issues: readonly Issue[],
  knownKeys: ReadonlyMap<unknown, readonly string[]>,
): Issue[] {
  const known = [...knownKeys.values()];
  const misspelt = new Set(
    issues
      .filter((issue) => issue.code === 'unknown-field')
      .flatMap((issue) => {
        const key = issue.path[issue.path.length - 1];
        const parent = JSON.stringify(issue.path.slice(0, -1));
        const suggestion = known
          .map((keys) =>
            typeof key === 'string' ? closestName(key, keys) : undefined,
          )
          .find((name) => name !== undefined);
        return suggestion ? [`${parent}/${suggestion}`] : [];
      }),
  );
  return issues.filter((issue) => {
    if (issue.code !== 'missing') return true;
    const key = issue.path[issue.path.length - 1];
    return !misspelt.has(
      `${JSON.stringify(issue.path.slice(0, -1))}/${String(key)}`,
    );
  });
}

function toIssues(
  issue: ZodIssue,
  knownKeys: ReadonlyMap<unknown, readonly string[]>,
): Issue[] {
  const path = issue.path.filter(
    (segment): segment is string | number => typeof segment !== 'symbol',
  );
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys.get(issue.input) ?? [];
    return issue.keys.map((key) => ({
      path: [...path, key],
      severity: 'error',
      code: 'unknown-field',
      message: unknownFieldMessage(key, known, path.length === 0),
    }));
  }
  const isMissing =
    issue.input === undefined &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_value');
  if (isSafeBound(issue)) {
    return [
      {
        path,
        severity: 'error',
        code: SAFE_BOUND_CODE,
        message:
          'Too large: AWS stores this field as a whole number of at most 2147483647.',
      },
    ];
  }
  return [
    {
      path,
      severity: 'error',
      code: isMissing ? 'missing' : issue.code,
      message: isMissing ? requiredMessage(path) : messageFor(issue),
    },
  ];
}

function requiredMessage(path: readonly (string | number)[]): string {
  const field = path[path.length - 1];
  return typeof field === 'string'
    ? `Required: add ${field}.`
    : 'Required: add a value.';
}

// Fields of describe-job-definitions output that a request cannot carry.
const READ_ONLY_FIELDS = new Set([
  'jobDefinitionArn',
  'revision',
  'status',
  'containerOrchestrationType',
]);

function unknownFieldMessage(
  key: string,
  known: readonly string[],
  isTopLevel: boolean,
): string {
  // Describe output carries these at the top only; deeper they are plain typos.
  if (isTopLevel && READ_ONLY_FIELDS.has(key)) {
    return `${key} is a read-only field of describe-job-definitions output, not part of a request: remove it.`;
  }
  const suggestion = closestName(key, known);
  const dropped =
    'AWS ignores fields it does not know, so this one would be lost';
  return suggestion
    ? `Unknown field "${key}": did you mean "${suggestion}"? ${dropped}.`
    : `Unknown field "${key}". ${dropped}: remove it or fix its name.`;
}

function messageFor(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return typeof issue.path[issue.path.length - 1] === 'number' &&
        issue.input === null
        ? 'null is not allowed in this list: give a value or remove the item.'
        : typeMessage(issue.expected, issue.input);
    case 'invalid_value':
      return valueMessage(issue.values, issue.input);
    default:
      // Range and format checks carry their own message from the schema.
      return issue.message;
  }
}

function typeMessage(expected: string, input: unknown): string {
  if (input === null) {
    return 'null is not allowed here: give a value or remove the field.';
  }
  const intrinsic = intrinsicFunction(input);
  if (intrinsic) {
    return `${intrinsic} is a CloudFormation function, which AWS Batch does not resolve: replace it with the value it stands for.`;
  }
  switch (expected) {
    case 'string':
      return typeof input === 'number' || typeof input === 'boolean'
        ? `Must be text: write "${String(input)}" in quotes.`
        : `Must be text, not ${describe(input)}.`;
    case 'number':
      return numberMessage(input, 'a number');
    case 'int':
      return typeof input === 'number'
        ? `Must be a whole number, not ${input}.`
        : numberMessage(input, 'a whole number');
    case 'boolean':
      return input === 'true' || input === 'false'
        ? `Must be true or false without quotes.`
        : `Must be true or false, not ${describe(input)}.`;
    case 'array':
      return `Must be a list [ ... ], not ${describe(input)}.`;
    case 'object':
    case 'record':
      return `Must be an object { ... }, not ${describe(input)}.`;
    default:
      return `Must be ${expected}, not ${describe(input)}.`;
  }
}

function numberMessage(input: unknown, what: string): string {
  if (typeof input === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(input)) {
    return `Must be ${what}: write ${input.trim()} without quotes.`;
  }
  return `Must be ${what}, not ${describe(input)}.`;
}

function valueMessage(values: readonly unknown[], input: unknown): string {
  const allowed = values.map((value) => JSON.stringify(value));
  const sameLetters =
    typeof input === 'string'
      ? values.find(
          (value) =>
            typeof value === 'string' &&
            value.toLowerCase() === input.toLowerCase(),
        )
      : undefined;
  if (typeof sameLetters === 'string') {
    return `Use "${sameLetters}": the value is case-sensitive.`;
  }
  return `${JSON.stringify(input)} is not allowed: use ${listOr(allowed)}.`;
}

function listOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function describe(input: unknown): string {
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string')
    return `the text ${JSON.stringify(truncate(input))}`;
  if (typeof input === 'object') return 'an object';
  return String(input);
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
