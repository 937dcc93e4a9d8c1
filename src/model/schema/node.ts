import * as z from 'zod';

import { integer, stringList, text } from './base';
import { ConsumableResourceProperties } from './consumable';
import { ContainerProperties } from './container';
import { EcsProperties } from './ecs';
import { EksProperties } from './eks';

const NodeRangeProperty = z
  .strictObject({
    targetNodes: text(
      'Nodes of this range as "start:end", inclusive: "0:3", ":3" (from 0) or "4:" (to the last node).',
    ),
    container: ContainerProperties.optional(),
    instanceTypes: stringList('Instance type of the nodes; one value at most.')
      .max(1, { error: 'Give at most one instance type.' })
      .optional(),
    ecsProperties: EcsProperties.optional(),
    eksProperties: EksProperties.optional(),
    consumableResourceProperties: ConsumableResourceProperties.optional(),
  })
  .meta({
    description:
      'Settings for a range of nodes: give one of container, ecsProperties or eksProperties.',
  });

/** `nodeProperties` of a multi-node parallel job. */
export const NodeProperties = z
  .strictObject({
    numNodes: integer('Number of nodes of the job.').min(1, {
      error: 'Must be at least 1 node.',
    }),
    mainNode: integer('Index of the main node, from 0 to numNodes - 1.').min(
      0,
      { error: 'Must be 0 or more.' },
    ),
    nodeRangeProperties: z
      .array(NodeRangeProperty)
      .min(1, { error: 'Add at least one node range.' })
      .max(5, { error: 'Give at most 5 node ranges.' })
      .meta({
        description:
          'Node groups, up to 5, that together cover every node from 0 to numNodes - 1.',
      }),
  })
  .meta({ description: 'A multi-node parallel job (not on Fargate).' });
