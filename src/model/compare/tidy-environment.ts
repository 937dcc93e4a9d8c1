import { isRecord } from '../shapes/is-record';
import { ENVIRONMENT_LISTS } from './aws-defaults';
import { visitPath } from './visit-path';

/**
 * Drops environment variables with an empty value and sorts the rest by
 * name, in every environment list of a definition, in place. AWS does not
 * keep empty values, and the order of variables means nothing to a
 * container. The sort is stable: two variables of one name keep their order.
 */
export function tidyEnvironment(definition: Record<string, unknown>): void {
  for (const pattern of ENVIRONMENT_LISTS)
    visitPath(definition, pattern, (holder, key) => {
      const list = holder[key];
      if (!Array.isArray(list)) return;
      holder[key] = list
        .filter((entry) => !isEmptyVariable(entry))
        .sort((a, b) => compareNames(nameOf(a), nameOf(b)));
    });
}

function isEmptyVariable(entry: unknown): boolean {
  return (
    isRecord(entry) &&
    (entry.value === undefined || entry.value === null || entry.value === '')
  );
}

function nameOf(entry: unknown): string {
  return isRecord(entry) && typeof entry.name === 'string' ? entry.name : '';
}

/** Code unit order, as sortKeys uses: the same in every locale. */
function compareNames(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
