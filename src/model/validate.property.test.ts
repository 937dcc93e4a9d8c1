import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { FIXTURE_NAMES, fixture } from './fixtures';
import { propertyRuns } from './fixtures/property-runs';
import type { Issue, IssuePath } from './issue';
import { REQUEST_KEYS } from './shapes/detect-shape';
import { validate } from './validate';

type Json = unknown;

/** Every key the fixtures use, at any depth, plus names that break lookups. */
function keysOf(value: Json, into: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) keysOf(item, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      into.add(key);
      keysOf(inner, into);
    }
  }
  return into;
}

const HOSTILE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
const MODEL_KEYS = [
  ...keysOf(
    FIXTURE_NAMES.map((name) => fixture(name)),
    new Set(REQUEST_KEYS),
  ),
];
const KNOWN_STRINGS = ['container', 'multinode', 'VCPU', 'MEMORY', 'GPU'];

const key = fc.oneof(
  fc.constantFrom(...MODEL_KEYS),
  fc.constantFrom(...HOSTILE_KEYS),
  fc.string({ maxLength: 8 }),
);
const leaf = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 2, 5e-324, 0.5),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...KNOWN_STRINGS, ...MODEL_KEYS.slice(0, 20)),
);

/** Random JSON whose objects use the model's own keys about half the time. */
const { json } = fc.letrec<{ json: Json }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('json'), { maxLength: 4 }),
    fc.dictionary(key, tie('json'), { maxKeys: 6 }),
  ),
}));

const mutableFixture = fc
  .constantFrom(...FIXTURE_NAMES)
  .map((name) => fixture(name));

/** Every path of a value, root first; a work list, since nesting can run deep. */
function pathsOf(value: Json): IssuePath[] {
  const paths: IssuePath[] = [];
  const pending: [Json, IssuePath][] = [[value, []]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [current, path] = next;
    paths.push(path);
    if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push([item, [...path, index]]));
    } else if (typeof current === 'object' && current !== null) {
      for (const [name, inner] of Object.entries(current)) {
        pending.push([inner, [...path, name]]);
      }
    }
  }
  return paths;
}

function get(root: Json, path: IssuePath): Json {
  let current = root;
  for (const segment of path) {
    current = (current as Record<string | number, Json>)[segment]; // paths come from pathsOf
  }
  return current;
}

/** Replaces (or with `undefined`, deletes) the value at a path; the root is returned anew. */
function put(root: Json, path: IssuePath, value: Json): Json {
  if (path.length === 0) return value;
  const parent = get(root, path.slice(0, -1));
  const last = path[path.length - 1] ?? 0;
  if (Array.isArray(parent) && typeof last === 'number') {
    if (value === undefined) parent.splice(last, 1);
    else parent[last] = value;
  } else if (typeof parent === 'object' && parent !== null) {
    const record = parent as Record<string, Json>; // a non-null, non-array object
    if (value === undefined) delete record[last];
    else {
      Object.defineProperty(record, last, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return root;
}

function nest(value: Json, depth: number, asList: boolean): Json {
  let out = value;
  for (let i = 0; i < depth; i += 1) out = asList ? [out] : { deep: out };
  return out;
}

/** A change to a value, in terms of the value found at the chosen path. */
type Mutation = (current: Json) => Json;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>(() => undefined),
  fc.constant<Mutation>(() => null),
  json.map(
    (value): Mutation =>
      () =>
        structuredClone(value),
  ),
  fc.constantFrom(1e308, -1e308, 2 ** 63, -(2 ** 53) - 2, 1e-300).map(
    (huge): Mutation =>
      () =>
        huge,
  ),
  fc.constant<Mutation>((current) =>
    typeof current === 'number'
      ? String(current)
      : typeof current === 'string'
        ? Number(current) || current.length
        : current,
  ),
  fc.tuple(key, json).map(
    ([name, value]): Mutation =>
      (current) =>
        typeof current === 'object' &&
        current !== null &&
        !Array.isArray(current)
          ? put(current, [name], structuredClone(value))
          : current,
  ),
  fc.nat({ max: 3 }).map(
    (index): Mutation =>
      (current) =>
        Array.isArray(current) && current.length > 0
          ? [...current, current[index % current.length]]
          : current,
  ),
  fc.tuple(fc.integer({ min: 20, max: 600 }), fc.boolean()).map(
    ([depth, asList]): Mutation =>
      (current) =>
        nest(current, depth, asList),
  ),
);

/** A fixture with one to four mutations, each at a random path of the value so far. */
const mutatedFixture = fc
  .tuple(
    mutableFixture,
    fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 4 }),
  )
  .map(([start, changes]) =>
    changes.reduce<Json>((value, [pick, change]) => {
      const paths = pathsOf(value);
      const path = paths[pick % paths.length] ?? [];
      return put(value, path, change(get(value, path)));
    }, start),
  );

/** Whether `path` exists in `root`, or names a missing key of an existing parent. */
function isPlaced(root: Json, path: IssuePath): boolean {
  let current = root;
  for (const [depth, segment] of path.entries()) {
    const isList = Array.isArray(current);
    const isObject = typeof current === 'object' && current !== null;
    const fits = isList ? typeof segment === 'number' : isObject;
    if (!fits) return false;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) {
      return depth === path.length - 1;
    }
    current = (current as Record<string | number, Json>)[segment]; // own key checked above
  }
  return true;
}

function expectWellFormed(input: Json, issues: readonly Issue[]): void {
  for (const issue of issues) {
    expect(['error', 'warning']).toContain(issue.severity);
    expect(issue.code).not.toBe('internal');
    expect(issue.message.length).toBeGreaterThan(0);
    expect(isPlaced(input, issue.path), JSON.stringify(issue)).toBe(true);
  }
}

describe('validate on random input', () => {
  it('never throws and places every issue on random JSON with model keys', () => {
    fc.assert(
      fc.property(json, (input) => {
        expectWellFormed(input, validate(input));
      }),
      propertyRuns(600),
    );
  });

  it('never throws and places every issue on random objects with the top-level keys', () => {
    const request = fc.dictionary(
      fc.oneof(fc.constantFrom(...REQUEST_KEYS), key),
      json,
      { minKeys: 1, maxKeys: 8 },
    );
    fc.assert(
      fc.property(request, (input) => {
        expectWellFormed(input, validate(input));
      }),
      propertyRuns(600),
    );
  });

  it('never throws and places every issue on mutated fixtures', () => {
    fc.assert(
      fc.property(mutatedFixture, (input) => {
        expectWellFormed(input, validate(input));
      }),
      propertyRuns(400),
    );
  });
});
