/** One leaf of a job definition, labelled by its path within a section. */
export interface FlatField {
  readonly label: string;
  readonly value: string;
}

const isScalar = (value: unknown) =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The leaves under `value`, each labelled with its path (`environment[0].name`);
 * a list of plain values is one field. Empty lists and objects are shown as
 * such, so nothing AWS stored is hidden.
 */
export function flattenFields(value: unknown, label = ''): FlatField[] {
  if (isScalar(value)) return [{ label, value: show(value) }];
  if (Array.isArray(value)) {
    if (value.length === 0) return [{ label, value: '[]' }];
    if (value.every(isScalar))
      return [{ label, value: value.map(show).join(', ') }];
    return value.flatMap((item, index) =>
      flattenFields(item, `${label}[${index}]`),
    );
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return [{ label, value: '{}' }];
    return entries.flatMap(([key, item]) =>
      flattenFields(item, label === '' ? key : `${label}.${key}`),
    );
  }
  return [];
}
