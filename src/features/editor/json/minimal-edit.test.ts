import { describe, expect, it } from 'vitest';

import { applyEdit } from '@/draft/edit-at-path';

import { minimalEdit } from './minimal-edit';

describe('minimalEdit', () => {
  it('gives no edit for equal texts', () => {
    expect(minimalEdit('{"a": 1}', '{"a": 1}')).toBeUndefined();
  });

  it.each([
    ['a change in the middle', '{"a": 1, "b": 2}', '{"a": 1, "b": 3}'],
    ['an insertion', '{"a": 1}', '{"a": 1, "b": 2}'],
    ['a deletion', '{"a": 1, "b": 2}', '{"a": 1}'],
    ['a whole new text', 'abc', 'xyz'],
    ['text from nothing', '', '{}'],
    ['everything removed', '{}', ''],
    ['a repeated run', 'aaaa', 'aaaaaa'],
  ])('turns one text into the other for %s', (_case, from, to) => {
    const edit = minimalEdit(from, to);

    expect(edit).toBeDefined();
    expect(applyEdit(from, edit!)).toBe(to);
  });

  it('keeps the common start and end out of the edit', () => {
    expect(minimalEdit('{"a": 1, "b": 2}', '{"a": 1, "b": 345}')).toEqual({
      offset: 14,
      length: 1,
      text: '345',
    });
  });

  it('never splits a surrogate pair', () => {
    const from = '"\u{1F600}"';
    const to = '"\u{1F601}"';
    const edit = minimalEdit(from, to)!;

    expect(edit).toEqual({ offset: 1, length: 2, text: '\u{1F601}' });
    expect(applyEdit(from, edit)).toBe(to);
  });

  it.each([
    ['an LF becoming CRLF', '{\n"a": 1\n}', '{\r\n"a": 1\r\n}'],
    ['a CRLF becoming LF', '{\r\n"a": 1\r\n}', '{\n"a": 1\n}'],
    ['text typed after a CRLF', 'a\r\nb', 'a\r\nxb'],
  ])('never splits a CRLF, for %s', (_case, from, to) => {
    const edit = minimalEdit(from, to)!;
    const before = from.slice(0, edit.offset);
    const after = from.slice(edit.offset + edit.length);

    expect(applyEdit(from, edit)).toBe(to);
    expect(before.endsWith('\r')).toBe(false);
    expect(after.startsWith('\n')).toBe(false);
  });

  it('never splits a surrogate pair at the end either', () => {
    const from = '\u{1F600}!';
    const to = '\u{1FA00}!';

    expect(minimalEdit(from, to)).toEqual({
      offset: 0,
      length: 2,
      text: '\u{1FA00}',
    });
  });
});
