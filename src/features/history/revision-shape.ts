import * as z from 'zod';

// The parts of a described revision that the history tables show. Each part
// falls back to undefined on its own, so one odd field (an SDK newer than
// this app) costs one cell, not the row.
const Requirement = z.object({ type: z.string(), value: z.string() });

const Container = z.looseObject({
  image: z.string().optional().catch(undefined),
  vcpus: z.number().optional().catch(undefined),
  memory: z.number().optional().catch(undefined),
  resourceRequirements: z.array(Requirement).optional().catch(undefined),
});
export type ContainerShape = z.infer<typeof Container>;

const Quantities = z.record(z.string(), z.string()).optional().catch(undefined);

const EksContainer = z.looseObject({
  image: z.string().optional().catch(undefined),
  resources: z
    .looseObject({ requests: Quantities, limits: Quantities })
    .optional()
    .catch(undefined),
});
export type EksContainerShape = z.infer<typeof EksContainer>;

const EcsProperties = z.looseObject({
  taskProperties: z
    .array(z.looseObject({ containers: z.array(Container).optional() }))
    .optional(),
});

const EksProperties = z.looseObject({
  podProperties: z
    .looseObject({ containers: z.array(EksContainer).optional() })
    .optional(),
});

const NodeRange = z.looseObject({
  container: Container.optional().catch(undefined),
  ecsProperties: EcsProperties.optional().catch(undefined),
  eksProperties: EksProperties.optional().catch(undefined),
});

/** What the history reads of a described revision. */
export const RevisionShape = z.looseObject({
  type: z.string().optional().catch(undefined),
  platformCapabilities: z.array(z.string()).optional().catch(undefined),
  containerProperties: Container.optional().catch(undefined),
  ecsProperties: EcsProperties.optional().catch(undefined),
  eksProperties: EksProperties.optional().catch(undefined),
  nodeProperties: z
    .looseObject({ nodeRangeProperties: z.array(NodeRange).optional() })
    .optional()
    .catch(undefined),
  tags: z.record(z.string(), z.string()).optional().catch(undefined),
});
export type RevisionShape = z.infer<typeof RevisionShape>;
