import { isRecord } from '@/model/shapes/is-record';

const NAMES: Readonly<Record<string, string>> = {
  VCPU: 'vCPU',
  MEMORY: 'memory',
  GPU: 'GPU',
};

// vCPU first and memory second, as the Batch console lists them.
const ORDER = ['VCPU', 'MEMORY', 'GPU'];

/** Resource requirements in words: "vCPU 1, memory 2048 MiB, GPU 1". */
export function formatResourceRequirements(list: readonly unknown[]): string {
  return list
    .filter(isRecord)
    .map((item) => ({ type: String(item.type), value: String(item.value) }))
    .sort((a, b) => rank(a.type) - rank(b.type))
    .map(({ type, value }) =>
      type === 'MEMORY'
        ? `memory ${value} MiB`
        : `${NAMES[type] ?? type} ${value}`,
    )
    .join(', ');
}

function rank(type: string): number {
  const index = ORDER.indexOf(type);
  return index === -1 ? ORDER.length : index;
}
