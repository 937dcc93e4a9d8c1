import {
  FARGATE_MEMORY_BY_VCPU,
  FARGATE_VCPUS,
  isFargatePair,
  smallestFargateMemoryAtLeast,
} from '../fargate-sizes';
import type { IssuePath } from '../issue';
import { asString, has } from '../view';
import {
  allEcsContainers,
  type Located,
  type Report,
  type Rule,
} from './context';
import { containerSize, firstOfType, resourceEntries } from './resource-values';

/** Each resourceRequirements value reads as the number its type needs. */
export const resourceValues: Rule = (context, report) => {
  for (const container of allEcsContainers(context)) {
    const seen = new Set<string>();
    for (const entry of resourceEntries(container)) {
      if (seen.has(entry.type)) {
        report(
          entry.path.slice(0, -1),
          'error',
          'resource-duplicate',
          `${entry.type} is given twice: keep one entry per type.`,
        );
      }
      seen.add(entry.type);
      if (typeof entry.raw !== 'string') continue;
      if (entry.amount === undefined && /^\s*-\s*\d/.test(entry.raw)) {
        report(
          entry.path,
          'error',
          'resource-value',
          `${entry.type} cannot be negative: write a positive number, such as "${example(entry.type)}".`,
        );
      } else if (entry.amount === undefined) {
        report(
          entry.path,
          'error',
          'resource-value',
          `Write ${entry.type} as a plain number in quotes, such as "${example(entry.type)}".`,
        );
      } else if (entry.type !== 'VCPU' && entry.amount > MAX_WHOLE_NUMBER) {
        report(
          entry.path,
          'error',
          'resource-value',
          `${entry.type} is too large: AWS stores it as a whole number of at most ${MAX_WHOLE_NUMBER}.`,
        );
      } else if (
        entry.type === 'MEMORY' &&
        (!Number.isInteger(entry.amount) || entry.amount < 4)
      ) {
        report(
          entry.path,
          'error',
          'resource-value',
          'MEMORY is a whole number of MiB, at least 4 (for example "2048" for 2 GiB).',
        );
      } else if (
        entry.type === 'GPU' &&
        (!Number.isInteger(entry.amount) || entry.amount < 1)
      ) {
        report(
          entry.path,
          'error',
          'resource-value',
          'GPU is a whole number of GPUs, at least 1.',
        );
      } else if (entry.type === 'VCPU' && entry.amount <= 0) {
        report(
          entry.path,
          'error',
          'resource-value',
          'VCPU must be more than 0.',
        );
      }
    }
  }
};

// MEMORY and GPU are 32-bit whole numbers in the ECS task AWS Batch makes.
const MAX_WHOLE_NUMBER = 2_147_483_647;

function example(type: string): string {
  return type === 'MEMORY' ? '2048' : '1';
}

/** The deprecated vcpus and memory fields, and their replacement. */
export const legacyResources: Rule = (context, report) => {
  for (const container of context.containers) {
    const entries = resourceEntries(container);
    for (const [key, type] of [
      ['vcpus', 'VCPU'],
      ['memory', 'MEMORY'],
    ] as const) {
      const legacy = container.value[key];
      if (legacy === undefined) continue;
      const path = [...container.path, key];
      if (context.platform === 'FARGATE') {
        report(
          path,
          'error',
          'legacy-resources',
          `Fargate does not accept ${key}: give a ${type} entry in resourceRequirements instead.`,
        );
      } else if (firstOfType(entries, type)) {
        report(
          path,
          'error',
          'legacy-resources',
          `${key} and a ${type} entry in resourceRequirements are both given: remove ${key}.`,
        );
      } else {
        // Only a number or text is shown back; the schema reports other types.
        const value =
          typeof legacy === 'number' || typeof legacy === 'string'
            ? String(legacy)
            : example(type);
        report(
          path,
          'warning',
          'deprecated',
          `${key} is deprecated: use resourceRequirements with {"type": "${type}", "value": "${value}"}.`,
        );
      }
    }
  }
};

/** vCPUs and memory each node needs, on EC2 and Managed Instances. */
export const requiredResources: Rule = (context, report) => {
  if (context.platform === 'EKS') return;
  for (const container of context.containers) {
    requireSize(
      container.path,
      [container],
      context.platform === 'EC2',
      report,
    );
  }
  for (const task of context.tasks) {
    const containers = context.taskContainers.filter((c) => c.task === task);
    requireSize(
      [...task.path, 'containers'],
      containers,
      context.platform === 'EC2',
      report,
    );
  }
};

function requireSize(
  path: IssuePath,
  containers: readonly Located[],
  isEc2: boolean,
  report: Report,
): void {
  const sizes = containers.map(containerSize);
  if (containers.length === 0) return;
  if (!sizes.some((size) => size.vcpu !== undefined)) {
    report(
      path,
      'error',
      'vcpu-missing',
      'vCPU is not given: add a VCPU entry to resourceRequirements, such as {"type": "VCPU", "value": "1"}.',
    );
  }
  if (!sizes.some((size) => size.memory !== undefined)) {
    report(
      path,
      'error',
      'memory-missing',
      'Memory is not given: add a MEMORY entry to resourceRequirements, such as {"type": "MEMORY", "value": "2048"}.',
    );
  }
  if (!isEc2) return;
  for (const container of containers) {
    const vcpu = firstOfType(resourceEntries(container), 'VCPU');
    if (
      vcpu?.amount !== undefined &&
      typeof vcpu.raw === 'string' &&
      !/^\d+$/.test(vcpu.raw)
    ) {
      report(
        vcpu.path,
        'error',
        'ec2-vcpu',
        `On EC2, VCPU is a whole number such as "${Math.max(1, Math.ceil(vcpu.amount))}"; fractions are for Fargate.`,
      );
    }
  }
}

/** Fargate accepts a fixed list of vCPU and memory pairs, and no GPU. */
export const fargateSizes: Rule = (context, report) => {
  if (context.platform !== 'FARGATE') return;
  for (const container of context.containers) {
    fargatePair(container.path, [container], report);
  }
  for (const task of context.tasks) {
    const containers = context.taskContainers.filter((c) => c.task === task);
    fargatePair([...task.path, 'containers'], containers, report);
  }
  for (const container of allEcsContainers(context)) {
    const gpu = firstOfType(resourceEntries(container), 'GPU');
    if (gpu) {
      report(
        gpu.path.slice(0, -1),
        'error',
        'fargate-gpu',
        'Fargate has no GPUs: remove the GPU entry, or run on EC2.',
      );
    }
  }
};

function fargatePair(
  path: IssuePath,
  containers: readonly Located[],
  report: Report,
): void {
  const sizes = containers.map(containerSize);
  if (
    sizes.some((size) => size.vcpu === undefined || size.memory === undefined)
  )
    return;
  const vcpu = sizes.reduce((sum, size) => sum + (size.vcpu ?? 0), 0);
  const memory = sizes.reduce((sum, size) => sum + (size.memory ?? 0), 0);
  if (isFargatePair(vcpu, memory)) return;

  const where =
    containers.length > 1
      ? 'The task (summed over its containers) asks for'
      : 'This asks for';
  const only = containers.length === 1 ? containers[0] : undefined;
  const allowed = FARGATE_MEMORY_BY_VCPU.get(vcpu);
  if (!allowed) {
    report(
      (only && sizePath(only, 'VCPU')) ?? path,
      'error',
      'fargate-pair',
      `${where} ${vcpu} vCPU, which Fargate does not offer: use ${FARGATE_VCPUS.join(', ')}.`,
    );
    return;
  }
  const fix = smallestFargateMemoryAtLeast(vcpu, memory);
  const advice =
    fix === undefined
      ? `${memory} MiB is more than ${vcpu} vCPU allows: raise the vCPUs.`
      : `the smallest allowed at or above ${memory} is ${fix}.`;
  report(
    (only && sizePath(only, 'MEMORY')) ?? path,
    'error',
    'fargate-pair',
    `${where} ${vcpu} vCPU with ${memory} MiB, which Fargate does not offer. With ${vcpu} vCPU, memory must be one of ${allowed.join(', ')} MiB; ${advice}`,
  );
}

/** Where a container gives its vCPUs or memory: the entry's value, or the legacy field. */
function sizePath(
  container: Located,
  type: 'VCPU' | 'MEMORY',
): IssuePath | undefined {
  const legacy = type === 'VCPU' ? 'vcpus' : 'memory';
  return (
    firstOfType(resourceEntries(container), type)?.path ??
    (has(container.value, legacy) ? [...container.path, legacy] : undefined)
  );
}

/** An image built for GPUs, with no GPU reserved. */
export const gpuImageWithoutGpu: Rule = (context, report) => {
  if (context.platform === 'FARGATE') return;
  for (const container of allEcsContainers(context)) {
    const image = asString(container.value.image) ?? '';
    if (!/(^|[/:._-])(gpu|cuda)([/:._-]|$)/i.test(image)) continue;
    if (firstOfType(resourceEntries(container), 'GPU')) continue;
    report(
      [...container.path, 'image'],
      'warning',
      'gpu-not-reserved',
      'This image looks built for GPUs, but no GPU is reserved: add {"type": "GPU", "value": "1"} to resourceRequirements, or Batch will not give the job a GPU.',
    );
  }
};
