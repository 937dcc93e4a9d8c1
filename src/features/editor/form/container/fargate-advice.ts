import {
  FARGATE_MEMORY_BY_VCPU,
  FARGATE_VCPUS,
  isFargatePair,
  smallestFargateMemoryAtLeast,
} from '@/model/fargate-sizes';

/** What to do about a vCPU and memory pair that Fargate does not offer. */
export type FargateAdvice =
  | {
      readonly kind: 'raise-memory';
      readonly memory: number;
      readonly message: string;
    }
  | { readonly kind: 'change-vcpu'; readonly message: string };

/**
 * Advice for a pair Fargate refuses, or undefined for an allowed pair. The
 * fix only ever raises memory, to the smallest allowed value at or above the
 * request; when no value is that large it names the vCPU to choose instead.
 */
export function fargateAdvice(
  vcpu: number,
  memory: number,
): FargateAdvice | undefined {
  if (isFargatePair(vcpu, memory)) return undefined;
  const allowed = FARGATE_MEMORY_BY_VCPU.get(vcpu);
  if (!allowed) {
    return {
      kind: 'change-vcpu',
      message: `Fargate has no ${vcpu} vCPU size: choose ${FARGATE_VCPUS.join(', ')} vCPU.`,
    };
  }
  const fix = smallestFargateMemoryAtLeast(vcpu, memory);
  if (fix !== undefined) {
    return {
      kind: 'raise-memory',
      memory: fix,
      message: `Fargate does not offer ${vcpu} vCPU with ${memory} MiB. With ${vcpu} vCPU, the smallest memory at or above ${memory} MiB is ${fix} MiB.`,
    };
  }
  const largest = allowed[allowed.length - 1] ?? 0;
  const bigger = FARGATE_VCPUS.find(
    (size) => smallestFargateMemoryAtLeast(size, memory) !== undefined,
  );
  return {
    kind: 'change-vcpu',
    message:
      bigger === undefined
        ? `${memory} MiB is more than any Fargate size offers (at most ${Math.max(...[...FARGATE_MEMORY_BY_VCPU.values()].flat())} MiB): run on EC2, or ask for less memory.`
        : `${memory} MiB is more than ${vcpu} vCPU allows on Fargate (at most ${largest} MiB). Choose ${bigger} vCPU instead, which allows ${smallestFargateMemoryAtLeast(bigger, memory)} MiB.`,
  };
}
