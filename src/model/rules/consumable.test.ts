import { describe, expect, it } from 'vitest';

import { ruleIssues } from '../fixtures/rule-issues';
import { variant } from '../fixtures/variant';
import type { IssuePath } from '../issue';
import { consumableResources } from './consumable';

const LIST = ['consumableResourceProperties', 'consumableResourceList'];
const RANGE_LIST = ['nodeProperties', 'nodeRangeProperties', 1, ...LIST];
const licence = { consumableResource: 'solver-licence', quantity: 1 };

describe('consumableResources', () => {
  it.each([
    ['a named resource and quantity', variant('sleep10', [LIST, [licence]])],
    [
      'an ARN and a large quantity',
      variant('sleep10', [
        LIST,
        [
          {
            consumableResource:
              'arn:aws:batch:us-east-1:123456789012:consumable-resource/tokens',
            quantity: 500,
          },
        ],
      ]),
    ],
    ['an empty list', variant('sleep10', [LIST, []])],
    [
      'resources on a node range',
      variant('multinode-ec2-nested-ranges', [RANGE_LIST, [licence]]),
    ],
  ])('accepts %s', (_what, input) => {
    expect(ruleIssues(consumableResources, input)).toEqual([]);
  });

  it.each<[string, unknown, IssuePath, string]>([
    [
      'a resource without a name',
      { quantity: 2 },
      [...LIST, 0, 'consumableResource'],
      'Name the consumable resource',
    ],
    [
      'a resource without a quantity',
      { consumableResource: 'solver-licence' },
      [...LIST, 0, 'quantity'],
      'Give the quantity each job needs, 1 or more.',
    ],
    [
      'a quantity of zero',
      { ...licence, quantity: 0 },
      [...LIST, 0, 'quantity'],
      '1 or more',
    ],
    [
      'a negative quantity',
      { ...licence, quantity: -1 },
      [...LIST, 0, 'quantity'],
      '1 or more',
    ],
  ])('warns about %s', (_what, item, path, says) => {
    const issues = ruleIssues(
      consumableResources,
      variant('sleep10', [LIST, [item]]),
    );

    expect(issues).toEqual([
      {
        path,
        severity: 'warning',
        code: 'consumable',
        message: expect.stringContaining(says),
      },
    ]);
  });

  it('warns at the node range that lacks a quantity', () => {
    const input = variant('multinode-ec2-nested-ranges', [
      RANGE_LIST,
      [{ consumableResource: 'solver-licence' }],
    ]);

    expect(ruleIssues(consumableResources, input).map((i) => i.path)).toEqual([
      [...RANGE_LIST, 0, 'quantity'],
    ]);
  });
});
