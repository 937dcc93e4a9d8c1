import type { DefinitionRow } from './group-by-name';

/** The rows whose name contains `text`, ignoring case. */
export function filterNames(
  rows: readonly DefinitionRow[],
  text: string,
): readonly DefinitionRow[] {
  const wanted = text.trim().toLowerCase();
  if (wanted === '') return rows;
  return rows.filter((row) => row.name.toLowerCase().includes(wanted));
}
