import { describe, expect, it } from 'vitest';

import { groupByName } from './group-by-name';
import { described } from './testing/described';

describe('groupByName', () => {
  it('makes one row per name with its highest loaded revision, sorted by name', () => {
    const rows = groupByName([
      described('train', 2),
      described('etl', 1),
      described('train', 7),
      described('train', 3, 'INACTIVE'),
    ]);

    expect(
      rows.map((row) => [row.name, row.newest.revision, row.loadedRevisions]),
    ).toEqual([
      ['etl', 1, 1],
      ['train', 7, 3],
    ]);
  });

  it('gives no rows for no revisions', () => {
    expect(groupByName([])).toEqual([]);
  });
});
