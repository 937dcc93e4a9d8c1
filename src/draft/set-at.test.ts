import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { IssuePath } from '@/model/issue';

import { applyEdit, editAtPath } from './edit-at-path';
import { setAt, UNKNOWN } from './set-at';

/** What parsing the text gives after the form's text edit. */
function parsedAfterEdit(value: unknown, path: IssuePath, next: unknown) {
  const text = JSON.stringify(value, null, 2);
  const edit = editAtPath(text, path, next);
  return JSON.parse(edit ? applyEdit(text, edit) : text) as unknown;
}

const start = {
  jobDefinitionName: 'sleep10',
  containerProperties: {
    image: 'busybox',
    command: ['sleep', '10'],
    environment: [{ name: 'A', value: '1' }],
  },
  tags: {},
  retryStrategy: 'not an object',
};

describe('setAt', () => {
  it.each<[string, IssuePath, unknown]>([
    ['replaces a string', ['jobDefinitionName'], 'sleep20'],
    ['adds a missing key', ['containerProperties', 'user'], 'nobody'],
    ['adds missing parents', ['timeout', 'attemptDurationSeconds'], 60],
    ['appends a list item', ['containerProperties', 'command', 2], '-v'],
    ['appends at the end whatever the index', ['tags', 'x'], 'y'],
    ['appends past the end', ['containerProperties', 'command', 7], '-v'],
    ['replaces a parent of another type', ['retryStrategy', 'attempts'], 2],
    ['removes a list item', ['containerProperties', 'command', 0], undefined],
    ['writes NaN as null', ['timeout'], Number.NaN],
    ['drops undefined keys as printing does', ['tags'], { a: undefined }],
  ])('%s as the edited text parses', (_, path, next) => {
    const before = structuredClone(start);

    const after = setAt(before, path, next);

    expect(after).toEqual(parsedAfterEdit(start, path, next));
    expect(before).toEqual(start);
  });

  it('shares every part off the path', () => {
    const after = setAt(start, ['containerProperties', 'image'], 'alpine');

    expect(after).toMatchObject({ tags: start.tags });
    expect((after as typeof start).containerProperties.command).toBe(
      start.containerProperties.command,
    );
  });

  it('leaves a removed object key to parsing, since a repeated key may return', () => {
    expect(setAt(start, ['tags'], undefined)).toBe(UNKNOWN);
    expect(setAt(start, [], 'x')).toBe(UNKNOWN);
  });

  it('gives what parsing gives for any path and value', () => {
    const segment = fc.oneof(
      fc.constantFrom('a', 'b', '0', '__proto__'),
      fc.integer({ min: -1, max: 3 }),
    );
    const json = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(
        json,
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        fc.option(json, { nil: undefined }),
        (generated, path, next) => {
          // The value before an edit always comes from parsing a text.
          const value = JSON.parse(JSON.stringify(generated)) as unknown;
          const after = setAt(value, path, next);
          if (after === UNKNOWN) return;
          expect(after).toEqual(parsedAfterEdit(value, path, next));
        },
      ),
      { numRuns: 500 },
    );
  });
});
