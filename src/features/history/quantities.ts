// Kubernetes quantities as EKS job definitions carry them: "500m" or "2"
// CPUs, "2048Mi", "2Gi", "1G" or plain bytes of memory.
const CPU = /^(\d+(?:\.\d+)?)(m?)$/;
const MEMORY = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?$/;

const BYTES: Readonly<Record<string, number>> = {
  '': 1,
  Ki: 1024,
  Mi: 1024 ** 2,
  Gi: 1024 ** 3,
  Ti: 1024 ** 4,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
};

/** A CPU quantity in vCPUs, or undefined when it is not one. */
export function cpuQuantity(text: string): number | undefined {
  const match = CPU.exec(text.trim());
  if (!match?.[1]) return undefined;
  const amount = Number(match[1]);
  return match[2] === 'm' ? amount / 1000 : amount;
}

/** A memory quantity in MiB, or undefined when it is not one. */
export function memoryQuantityMiB(text: string): number | undefined {
  const match = MEMORY.exec(text.trim());
  if (!match?.[1]) return undefined;
  const factor = BYTES[match[2] ?? ''] ?? 1;
  return (Number(match[1]) * factor) / 1024 ** 2;
}
