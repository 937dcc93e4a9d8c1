import { describe, expect, it } from 'vitest';

import { defaultKeep, revisionsBeyondNewest } from './keep-newest-active';
import { described } from './testing/described';

const revisions = [
  described('etl', 1),
  described('etl', 2, 'INACTIVE'),
  described('etl', 5),
  described('etl', 3),
  described('etl', 4),
];

const numbers = (keep: number) =>
  revisionsBeyondNewest(revisions, keep).map((each) => each.revision);

describe('revisionsBeyondNewest', () => {
  it.each([
    [1, [4, 3, 1]],
    [2, [3, 1]],
    [4, []],
    [10, []],
    [0, [5, 4, 3, 1]],
  ])(
    'keeping the newest %i active leaves the rest to deregister',
    (keep, expected) => {
      expect(numbers(keep)).toEqual(expected);
    },
  );

  it('never selects an inactive revision', () => {
    expect(numbers(0)).not.toContain(2);
  });
});

describe('defaultKeep', () => {
  it.each([
    [0, 1],
    [1, 1],
    [2, 1],
    [3, 2],
    [4, 3],
    [50, 3],
  ])('with %i active, keeps %i at first', (active, keep) => {
    expect(defaultKeep(active)).toBe(keep);
  });

  it('leaves something to deregister whenever two or more are active', () => {
    for (const active of [2, 3, 4, 10])
      expect(defaultKeep(active)).toBeLessThan(active);
  });
});
