import { cpuQuantity, memoryQuantityMiB } from './quantities';
import {
  RevisionShape,
  type ContainerShape,
  type EksContainerShape,
} from './revision-shape';

/** One revision as the history tables show it. */
export interface RevisionSummary {
  /** "Single-node" or "Multi-node". */
  readonly type: string;
  /** "EC2", "Fargate", "EKS"... */
  readonly platform: string;
  /** The image, or the images of every container, comma separated. */
  readonly image: string | undefined;
  readonly vcpus: number | undefined;
  readonly memoryMiB: number | undefined;
  readonly tags: readonly string[];
}

interface Resources {
  readonly images: string[];
  readonly vcpus: number | undefined;
  readonly memoryMiB: number | undefined;
}

const NONE: Resources = { images: [], vcpus: undefined, memoryMiB: undefined };

function requirement(container: ContainerShape, type: string) {
  const found = container.resourceRequirements?.find(
    (each) => each.type === type,
  );
  const value = Number(found?.value);
  return found === undefined || !Number.isFinite(value) ? undefined : value;
}

/** resourceRequirements first; the deprecated vcpus and memory otherwise. */
function containerResources(container: ContainerShape): Resources {
  return {
    images: container.image ? [container.image] : [],
    vcpus: requirement(container, 'VCPU') ?? container.vcpus,
    memoryMiB: requirement(container, 'MEMORY') ?? container.memory,
  };
}

function eksResources(container: EksContainerShape): Resources {
  const { requests, limits } = container.resources ?? {};
  const cpu = requests?.cpu ?? limits?.cpu;
  const memory = requests?.memory ?? limits?.memory;
  return {
    images: container.image ? [container.image] : [],
    vcpus: cpu === undefined ? undefined : cpuQuantity(cpu),
    memoryMiB: memory === undefined ? undefined : memoryQuantityMiB(memory),
  };
}

const add = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : a + b;

/** The containers of one task or pod run side by side: their sizes add up. */
function sum(parts: readonly Resources[]): Resources {
  return parts.reduce(
    (total, part) => ({
      images: [...total.images, ...part.images],
      vcpus: add(total.vcpus, part.vcpus),
      memoryMiB: add(total.memoryMiB, part.memoryMiB),
    }),
    NONE,
  );
}

function blockResources(block: {
  container?: ContainerShape | undefined;
  ecsProperties?: RevisionShape['ecsProperties'];
  eksProperties?: RevisionShape['eksProperties'];
}): Resources {
  if (block.container) return containerResources(block.container);
  const task = block.ecsProperties?.taskProperties?.[0];
  if (task) return sum((task.containers ?? []).map(containerResources));
  const pod = block.eksProperties?.podProperties;
  if (pod) return sum((pod.containers ?? []).map(eksResources));
  return NONE;
}

function platformOf(shape: RevisionShape): string {
  const ranges = shape.nodeProperties?.nodeRangeProperties ?? [];
  if (shape.eksProperties || ranges.some((range) => range.eksProperties))
    return 'EKS';
  const capability = shape.platformCapabilities?.[0];
  return capability === 'FARGATE' ? 'Fargate' : (capability ?? 'EC2');
}

/**
 * Summarises a described revision for a table row. vCPU and memory come
 * from resourceRequirements or the legacy fields, summed over the
 * containers of an ECS task or EKS pod; a multi-node job shows its first
 * node range.
 */
export function summarizeRevision(described: unknown): RevisionSummary {
  const parsed = RevisionShape.safeParse(described);
  const shape: RevisionShape = parsed.success ? parsed.data : {};
  const firstRange = shape.nodeProperties?.nodeRangeProperties?.[0];
  const resources = blockResources(
    firstRange ?? {
      container: shape.containerProperties,
      ecsProperties: shape.ecsProperties,
      eksProperties: shape.eksProperties,
    },
  );
  const images = [...new Set(resources.images)];

  return {
    type: shape.type === 'multinode' ? 'Multi-node' : 'Single-node',
    platform: platformOf(shape),
    image: images.length > 0 ? images.join(', ') : undefined,
    vcpus: resources.vcpus,
    memoryMiB: resources.memoryMiB,
    tags: Object.entries(shape.tags ?? {}).map(([key, value]) =>
      value === '' ? key : `${key}=${value}`,
    ),
  };
}
