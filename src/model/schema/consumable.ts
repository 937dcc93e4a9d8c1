import * as z from 'zod';

import { integer, text } from './base';

/** `consumableResourceProperties`, at the top or on a multi-node range. */
export const ConsumableResourceProperties = z
  .strictObject({
    consumableResourceList: z
      .array(
        z
          .strictObject({
            consumableResource: text(
              'Name or ARN of an existing consumable resource.',
            ).optional(),
            quantity: integer(
              'Units of the resource each job needs.',
            ).optional(),
          })
          .meta({ description: 'A consumable resource the job needs.' }),
      )
      .meta({
        description: 'Consumable resources (licences, tokens) the job needs.',
      })
      .optional(),
  })
  .meta({
    id: 'ConsumableResourceProperties',
    description: 'Resource-aware scheduling: what each job consumes.',
  });
