import { asList, asNumeric, asRecord } from '@/model/view';

/** A container's resourceRequirements entry of one type. */
export interface ResourceEntry {
  readonly index: number;
  readonly value: unknown;
  readonly amount: number | undefined;
}

/** The first entry of a type in the container's resourceRequirements. */
export function resourceEntry(
  container: unknown,
  type: string,
): ResourceEntry | undefined {
  const entries = asList(asRecord(container)?.resourceRequirements);
  const index = entries.findIndex((entry) => asRecord(entry)?.type === type);
  if (index < 0) return undefined;
  const value = asRecord(entries[index])?.value;
  return { index, value, amount: asNumeric(value) };
}

const KNOWN = ['VCPU', 'MEMORY', 'GPU'];

/**
 * Whether the entries are more than one each of VCPU, MEMORY and GPU (an
 * unknown type, a repeated one, a non-object): the three inputs cannot show
 * those, so the whole list is shown too.
 */
export function hasIrregularEntries(container: unknown): boolean {
  const entries = asList(asRecord(container)?.resourceRequirements);
  const types = entries.map((entry) => asRecord(entry)?.type);
  return types.some(
    (type, index) =>
      typeof type !== 'string' ||
      !KNOWN.includes(type) ||
      types.indexOf(type) !== index,
  );
}
