import { describe, expect, it } from 'vitest';

import { pageWindow } from './page-window';

describe('pageWindow', () => {
  it('shows 50 rows a page', () => {
    expect(pageWindow(120, 2)).toEqual({
      current: 2,
      pages: 3,
      start: 50,
      end: 100,
    });
    expect(pageWindow(120, 3)).toMatchObject({ start: 100, end: 120 });
  });

  it('falls back to the last page when the list shrank', () => {
    expect(pageWindow(60, 5)).toEqual({
      current: 2,
      pages: 2,
      start: 50,
      end: 60,
    });
  });

  it('has one empty page for an empty list', () => {
    expect(pageWindow(0, 1)).toEqual({
      current: 1,
      pages: 1,
      start: 0,
      end: 0,
    });
  });
});
