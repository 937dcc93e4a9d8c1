import type { DescribedJobDefinition } from '@/aws/operations/describe-input';

/** One job definition name and what is loaded of it. */
export interface DefinitionRow {
  readonly name: string;
  /** Its highest revision among those loaded. */
  readonly newest: DescribedJobDefinition;
  readonly loadedRevisions: number;
}

/**
 * Groups revisions by name (DescribeJobDefinitions returns revisions, not
 * names), sorted by name; each row keeps its highest loaded revision.
 */
export function groupByName(
  revisions: readonly DescribedJobDefinition[],
): DefinitionRow[] {
  const rows = new Map<string, DefinitionRow>();
  for (const revision of revisions) {
    const name = revision.jobDefinitionName;
    const row = rows.get(name);
    rows.set(name, {
      name,
      newest:
        row && row.newest.revision > revision.revision ? row.newest : revision,
      loadedRevisions: (row?.loadedRevisions ?? 0) + 1,
    });
  }
  return [...rows.values()].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
}
