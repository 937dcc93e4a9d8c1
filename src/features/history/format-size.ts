/** vCPUs as a short number: 0.25, 1, 16. */
export function formatVcpus(vcpus: number | undefined): string {
  return vcpus === undefined ? '-' : String(Number(vcpus.toFixed(2)));
}

/** Memory in MiB, as the Batch console gives it. */
export function formatMemory(memoryMiB: number | undefined): string {
  return memoryMiB === undefined ? '-' : `${Number(memoryMiB.toFixed(1))} MiB`;
}
