/**
 * Careful readers for a value that has not been validated yet. The cross-field
 * rules run on whatever the user typed, so every read narrows `unknown` and
 * answers undefined (or an empty list) when the shape is wrong; the schema
 * reports the wrong shape itself.
 */

export type JsonRecord = Readonly<Record<string, unknown>>;

export function asRecord(value: unknown): JsonRecord | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonRecord) // a non-null, non-array object is a record of unknowns
    : undefined;
}

export function asList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value)
    ? value
    : undefined;
}

/** A number written as a number or as a numeric string ("2", "0.25"). */
export function asNumeric(value: unknown): number | undefined {
  if (typeof value === 'number') return asNumber(value);
  if (typeof value !== 'string' || !/^\s*\d+(\.\d+)?\s*$/.test(value)) {
    return undefined;
  }
  return Number(value);
}

/** Whether a key is present with any value other than undefined. */
export function has(record: JsonRecord | undefined, key: string): boolean {
  return record !== undefined && record[key] !== undefined;
}
