/**
 * The vCPU and memory pairs that Fargate accepts, memory in MiB for each vCPU
 * value. The 32 vCPU sizes are only in the newest SDK model.
 */
export const FARGATE_MEMORY_BY_VCPU: ReadonlyMap<number, readonly number[]> =
  new Map([
    [0.25, [512, 1024, 2048]],
    [0.5, steps(1024, 4096, 1024)],
    [1, steps(2048, 8192, 1024)],
    [2, steps(4096, 16384, 1024)],
    [4, steps(8192, 30720, 1024)],
    [8, steps(16384, 61440, 4096)],
    [16, steps(32768, 122880, 8192)],
    [32, [61440, 122880, 249856]],
  ]);

function steps(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let value = from; value <= to; value += step) values.push(value);
  return values;
}

/** The vCPU values Fargate accepts, smallest first. */
export const FARGATE_VCPUS: readonly number[] = [
  ...FARGATE_MEMORY_BY_VCPU.keys(),
];

/** Whether Fargate accepts this vCPU and memory (MiB) pair. */
export function isFargatePair(vcpu: number, memory: number): boolean {
  return FARGATE_MEMORY_BY_VCPU.get(vcpu)?.includes(memory) ?? false;
}

/**
 * The smallest memory Fargate allows for this vCPU value at or above the
 * requested memory, or undefined when the request is above every allowed value
 * or the vCPU value itself is not a Fargate size.
 */
export function smallestFargateMemoryAtLeast(
  vcpu: number,
  memory: number,
): number | undefined {
  return FARGATE_MEMORY_BY_VCPU.get(vcpu)?.find((allowed) => allowed >= memory);
}
