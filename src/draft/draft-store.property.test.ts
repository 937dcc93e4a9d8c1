import { isDeepStrictEqual } from 'node:util';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { FIXTURE_NAMES, fixture } from '@/model/fixtures';
import { propertyRuns } from '@/model/fixtures/property-runs';
import type { IssuePath } from '@/model/issue';
import { REQUEST_KEYS } from '@/model/shapes/detect-shape';
import { parseJson } from '@/model/text/parse-json';
import { rangeAtPath } from '@/model/text/range-at-path';

import { createDraftStore } from './draft-store';
import type { TextEdit } from './edit-at-path';

type Json = unknown;

const MODEL_KEYS = [...REQUEST_KEYS, 'image', 'command', 'environment'];
const UNKNOWN_KEYS = [
  'containerProperty',
  'x-team',
  '__proto__',
  'constructor',
];
const key = fc.oneof(
  fc.constantFrom(...MODEL_KEYS, ...UNKNOWN_KEYS),
  fc.string({ maxLength: 6 }),
);
const { json } = fc.letrec<{ json: Json }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.string({ maxLength: 8 }),
    ),
    fc.array(tie('json'), { maxLength: 3 }),
    fc.dictionary(key, tie('json'), { maxKeys: 4, noNullPrototype: true }),
  ),
}));
const document = fc.oneof(
  fc.constantFrom(...FIXTURE_NAMES).map((name) => fixture(name)),
  fc.dictionary(key, json, { maxKeys: 6, noNullPrototype: true }),
  json,
);

/** The ways people lay out JSON: indent, line ends, a final newline, tight colons. */
const layout = fc.record({
  indent: fc.constantFrom<string | number>(0, 2, 4, '\t'),
  isCrlf: fc.boolean(),
  hasFinalNewline: fc.boolean(),
  isTight: fc.boolean(),
});

type Layout = typeof layout extends fc.Arbitrary<infer T> ? T : never;

function print(value: Json, style: Layout): string {
  let text = JSON.stringify(value, null, style.indent) ?? 'null';
  // Only between a key's closing quote and its value: strings stay intact.
  if (style.isTight) text = text.replace(/^(\s*"(?:[^"\\]|\\.)*"): /gm, '$1:');
  if (style.isCrlf) text = text.replace(/\n/g, '\r\n');
  return style.hasFinalNewline ? `${text}\n` : text;
}

type Command =
  | { readonly kind: 'type'; readonly text: string }
  | {
      readonly kind: 'form';
      readonly pick: number;
      readonly extend: readonly string[];
      readonly value: Json;
    };

const typed = fc
  .tuple(document, layout)
  .map(([value, style]) => print(value, style));
/** An object with one key typed twice, the first copy holding another value. */
const duplicated = fc
  .tuple(
    fc.dictionary(key, json, { minKeys: 1, maxKeys: 5, noNullPrototype: true }),
    fc.nat(),
    json,
    layout,
  )
  .map(([value, pick, first, style]) => {
    const keys = Object.keys(value);
    const copied = keys[pick % keys.length] ?? '';
    const text = print(value, style);
    const at = text.indexOf('{') + 1;
    const copy = `${JSON.stringify(copied)}: ${JSON.stringify(first)},`;
    return text.slice(0, at) + copy + text.slice(at);
  });
const broken = fc
  .tuple(typed, fc.nat(), fc.constantFrom(',', '{', '"', ':', '}', '/', ''))
  .map(([text, at, inserted]) => {
    const offset = at % (text.length + 1);
    // An insertion, or with '' a cut: what half-typed text looks like.
    return inserted === ''
      ? text.slice(0, offset)
      : text.slice(0, offset) + inserted + text.slice(offset);
  });
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    arbitrary: fc
      .oneof(typed, duplicated, broken)
      .map((text) => ({ kind: 'type', text }) as const),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('form' as const),
      pick: fc.nat(),
      extend: fc.array(
        fc.constantFrom('image', 'x', 'containerProperties', '__proto__'),
        { maxLength: 2 },
      ),
      value: fc.option(json, { nil: undefined }),
    }),
    weight: 3,
  },
);

/** Every path of a value, root first. */
function pathsOf(value: Json, path: IssuePath = []): IssuePath[] {
  if (Array.isArray(value)) {
    return [path, ...value.flatMap((item, i) => pathsOf(item, [...path, i]))];
  }
  if (isObject(value)) {
    return [
      path,
      ...Object.entries(value).flatMap(([name, inner]) =>
        pathsOf(inner, [...path, name]),
      ),
    ];
  }
  return [path];
}

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function setOwn(record: Record<string, Json>, name: string, value: Json): void {
  Object.defineProperty(record, name, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** The value a path's missing part gets: objects all the way down. */
function nest(rest: readonly string[], value: Json): Json {
  return rest.reduceRight<Json>((inner, name) => {
    const record = {};
    setOwn(record, name, inner);
    return record;
  }, value);
}

/**
 * The oracle: the value with a form edit applied, computed on plain values.
 * A missing key is added, an index past the end appends, and a scalar in the
 * way becomes an object; undefined removes.
 */
function applyFormEdit(root: Json, path: IssuePath, value: Json): Json {
  if (path.length === 0) return value === undefined ? root : value;
  const copy = structuredClone(root);
  const holder = { root: copy };
  let parent: Record<string | number, Json> = holder;
  let at: string | number = 'root';
  for (const [depth, segment] of path.entries()) {
    const current = parent[at];
    const isLast = depth === path.length - 1;
    if (Array.isArray(current) && typeof segment === 'number') {
      if (segment < current.length) {
        if (isLast) {
          if (value === undefined) current.splice(segment, 1);
          else current[segment] = value;
          return holder.root;
        }
        parent = current as unknown as Record<number, Json>; // a list, indexed by number
        at = segment;
        continue;
      }
      if (value !== undefined)
        current.push(nest(path.slice(depth + 1).map(String), value));
      return holder.root;
    }
    if (isObject(current) && typeof segment === 'string') {
      if (Object.hasOwn(current, segment)) {
        if (isLast) {
          if (value === undefined) delete current[segment];
          else setOwn(current, segment, value);
          return holder.root;
        }
        parent = current;
        at = segment;
        continue;
      }
      if (value !== undefined)
        setOwn(
          current,
          segment,
          nest(path.slice(depth + 1).map(String), value),
        );
      return holder.root;
    }
    if (value !== undefined)
      setOwn(parent, String(at), nest(path.slice(depth).map(String), value));
    return holder.root;
  }
  return holder.root;
}

function parse(text: string): { ok: true; value: Json } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as Json };
  } catch {
    return { ok: false };
  }
}

/** Chooses where a form edit goes: an existing path, maybe with new keys or a new item. */
function formPath(
  value: Json,
  pick: number,
  extend: readonly string[],
): IssuePath {
  const paths = pathsOf(value);
  const base = paths[pick % paths.length] ?? [];
  if (extend.length === 0) return base;
  const target = base.reduce<Json>(
    (current, segment) => (current as Record<string | number, Json>)[segment], // base comes from pathsOf
    value,
  );
  return Array.isArray(target)
    ? [...base, target.length, ...extend.slice(1)]
    : [...base, ...extend];
}

function expectSameValue(actual: Json, expected: Json): void {
  // Vitest's toStrictEqual trips over an own "constructor" key.
  expect(
    isDeepStrictEqual(actual, expected),
    `${JSON.stringify(actual)} should be ${JSON.stringify(expected)}`,
  ).toBe(true);
}

describe('draft store under random form and JSON edits', () => {
  // The oracle is the typed value with the form edits applied at their paths;
  // equality with it means no typed key, unknown to the model or not, is lost.
  it('holds what the user typed plus the form edits since, and nothing else', () => {
    fc.assert(
      fc.property(
        typed,
        fc.array(command, { maxLength: 12 }),
        (start, commands) => {
          const store = createDraftStore(start);
          let edits: TextEdit[] = [];
          store.subscribe((_state, edit) => {
            if (edit) edits.push(edit);
          });
          let expected = parse(start);

          for (const step of commands) {
            const before = store.getState();
            edits = [];
            if (step.kind === 'type') {
              store.setText(step.text, 'json');
              expected = parse(step.text);

              expect(store.getState().text).toBe(step.text);
              continue;
            }

            if (!expected.ok) {
              const accepted = store.setValue(
                ['containerProperties', 'image'],
                step.value,
              );

              expect(accepted).toBe(false);
              expect(store.getState()).toBe(before);
              continue;
            }
            const path = formPath(expected.value, step.pick, step.extend);
            expect(store.setValue(path, step.value)).toBe(true);
            expected = {
              ok: true,
              value: applyFormEdit(
                expected.value,
                path,
                // What JSON can hold of the value: -0 is written as 0.
                step.value === undefined
                  ? undefined
                  : (JSON.parse(JSON.stringify(step.value)) as Json),
              ),
            };

            const after = store.getState();
            const written = parse(after.text);
            expect(written.ok).toBe(true);
            expectSameValue(written.ok && written.value, expected.value);
            expectSameValue(after.value, expected.value);
            expect(edits.length).toBeLessThanOrEqual(1);
            const [edit] = edits;
            if (!edit) {
              expect(after.text).toBe(before.text);
              continue;
            }
            // Every character outside the edit is the user's own, and the edit
            // stays inside the value's parent.
            expect(after.text).toBe(
              before.text.slice(0, edit.offset) +
                edit.text +
                before.text.slice(edit.offset + edit.length),
            );
            const parsedBefore = parseJson(before.text);
            if (!parsedBefore.ok) throw new Error('the text before parsed');
            const parent = rangeAtPath(
              parsedBefore.document,
              path.slice(0, -1),
            );
            const scope =
              path.length === 0
                ? { offset: 0, length: before.text.length }
                : parent;
            expect(edit.offset).toBeGreaterThanOrEqual(scope.offset);
            expect(edit.offset + edit.length).toBeLessThanOrEqual(
              scope.offset + scope.length,
            );
          }
        },
      ),
      propertyRuns(250),
    );
  });
});
