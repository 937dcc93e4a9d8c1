import { describe, expect, it } from 'vitest';

import { applyEdit, editAtPath } from './edit-at-path';

const text = [
  '{',
  '    "jobDefinitionName": "sleep10",',
  '    "unknownKey": true,',
  '    "containerProperties": {"image": "busybox", "command": ["sleep", "10"]},',
  '    "tags": {}',
  '}',
].join('\n');

function edited(source: string, path: (string | number)[], value: unknown) {
  const edit = editAtPath(source, path, value);
  return edit ? applyEdit(source, edit) : source;
}

describe('editAtPath', () => {
  it.each([
    [
      'replaces a string in place',
      ['jobDefinitionName'],
      'sleep20',
      '    "jobDefinitionName": "sleep20",',
    ],
    [
      'adds a key to a one-line object on that line',
      ['containerProperties', 'user'],
      'nobody',
      '    "containerProperties": {"image": "busybox", "command": ["sleep", "10"], "user": "nobody"},',
    ],
    [
      'appends to a one-line list on that line',
      ['containerProperties', 'command', 2],
      '--verbose',
      '    "containerProperties": {"image": "busybox", "command": ["sleep", "10", "--verbose"]},',
    ],
    [
      'removes a list item with its comma',
      ['containerProperties', 'command', 1],
      undefined,
      '    "containerProperties": {"image": "busybox", "command": ["sleep"]},',
    ],
  ])('%s', (_, path, value, expectedLine) => {
    const result = edited(text, path, value);

    expect(result.split('\n')).toContain(expectedLine);
    expect(result).toContain('"unknownKey": true');
  });

  it('adds a new top-level key after the last one, indented like its siblings', () => {
    const result = edited(text, ['timeout', 'attemptDurationSeconds'], 60);

    expect(result).toBe(
      text.replace(
        '    "tags": {}\n}',
        '    "tags": {},\n    "timeout": {\n        "attemptDurationSeconds": 60\n    }\n}',
      ),
    );
  });

  it('fills an empty object on new lines', () => {
    const result = edited(text, ['tags', 'team'], 'data');

    expect(result).toContain('    "tags": {\n        "team": "data"\n    }\n}');
  });

  it('removes a key and its comma, keeping every other character', () => {
    const result = edited(text, ['unknownKey'], undefined);

    expect(result).toBe(text.replace('    "unknownKey": true,\n', ''));
  });

  it('removes the first key together with the comma after it', () => {
    const result = edited(text, ['jobDefinitionName'], undefined);

    expect(JSON.parse(result)).not.toHaveProperty('jobDefinitionName');
    expect(result.startsWith('{\n    "unknownKey": true,')).toBe(true);
  });

  it('empties an object when its only key is removed', () => {
    const result = edited('{"a": {"b": 1}}', ['a', 'b'], undefined);

    expect(result).toBe('{"a": {}}');
  });

  it('keeps tabs and Windows line endings', () => {
    const source = '{\r\n\t"a": 1\r\n}';

    expect(edited(source, ['b'], [1])).toBe(
      '{\r\n\t"a": 1,\r\n\t"b": [\r\n\t\t1\r\n\t]\r\n}',
    );
  });

  it('edits the last of repeated keys, the one JSON.parse keeps', () => {
    const result = edited('{"a": 1, "a": 2}', ['a'], 3);

    expect(result).toBe('{"a": 1, "a": 3}');
  });

  it('replaces a wrong-typed parent with the structure the form needs', () => {
    const result = edited(
      '{"containerProperties": "oops"}',
      ['containerProperties', 'image'],
      'busybox',
    );

    expect(JSON.parse(result)).toEqual({
      containerProperties: { image: 'busybox' },
    });
  });

  it('writes a whole document into an empty text', () => {
    expect(edited('', ['type'], 'container')).toBe(
      '{\n  "type": "container"\n}',
    );
  });

  it('makes no edit to remove what is not there', () => {
    expect(editAtPath(text, ['nothing', 'here'], undefined)).toBeUndefined();
  });

  it('keeps a __proto__ key as data', () => {
    const result = edited('{"__proto__": {"x": 1}}', ['__proto__', 'y'], 2);

    expect(Object.keys(JSON.parse(result))).toEqual(['__proto__']);
    expect(result).toBe('{"__proto__": {"x": 1, "y": 2}}');
  });
});
