import { describe, expect, it } from 'vitest';

import { planTypeChange } from './type-change';

const container = { image: 'busybox' };

describe('planTypeChange', () => {
  it('moves the one block of a single-node job into a node range for every node', () => {
    const plan = planTypeChange(
      { type: 'container', containerProperties: container },
      'multinode',
    );

    expect(plan.isDestructive).toBe(true);
    expect(plan.edits).toEqual([
      { path: ['type'], value: 'multinode' },
      {
        path: ['nodeProperties'],
        value: {
          numNodes: 1,
          mainNode: 0,
          nodeRangeProperties: [{ targetNodes: '0:', container }],
        },
      },
      { path: ['containerProperties'], value: undefined },
    ]);
    expect(plan.steps).toContain(
      'Moves containerProperties into nodeProperties.nodeRangeProperties[0].container, a node range for every node ("0:").',
    );
  });

  it('moves the block of a single node range back to the top, naming what goes', () => {
    const plan = planTypeChange(
      {
        type: 'multinode',
        nodeProperties: {
          numNodes: 2,
          mainNode: 0,
          nodeRangeProperties: [
            { targetNodes: '0:1', instanceTypes: ['c5.large'], container },
          ],
        },
      },
      'container',
    );

    expect(plan.edits).toEqual([
      { path: ['type'], value: 'container' },
      { path: ['containerProperties'], value: container },
      { path: ['nodeProperties'], value: undefined },
    ]);
    expect(plan.steps).toContain(
      'Removes nodeProperties (numNodes, mainNode, targetNodes, instanceTypes).',
    );
  });

  it('only sets the type, keeping nodeProperties, when several ranges cannot move', () => {
    const range = { targetNodes: '0:', container };
    const plan = planTypeChange(
      {
        type: 'multinode',
        nodeProperties: { nodeRangeProperties: [range, range] },
      },
      'container',
    );

    expect(plan.isDestructive).toBe(false);
    expect(plan.edits).toEqual([{ path: ['type'], value: 'container' }]);
  });

  it('adds a node range with an empty container to a job with no block', () => {
    const plan = planTypeChange({ type: 'container' }, 'multinode');

    expect(plan.isDestructive).toBe(false);
    expect(plan.edits[1]).toEqual({
      path: ['nodeProperties'],
      value: {
        numNodes: 1,
        mainNode: 0,
        nodeRangeProperties: [{ targetNodes: '0:', container: {} }],
      },
    });
  });
});
