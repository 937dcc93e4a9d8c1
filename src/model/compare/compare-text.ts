import { normalizeForCompare } from './normalize-for-compare';
import { sortKeys } from './sort-keys';

/**
 * A job definition as one side of a diff: pretty-printed JSON with sorted
 * keys, so both sides line up. With `hideDefaults`, normalised first (see
 * normalizeForCompare); without, exactly what AWS or the draft holds.
 */
export function compareText(value: unknown, hideDefaults: boolean): string {
  const shown = hideDefaults ? normalizeForCompare(value) : sortKeys(value);
  return `${JSON.stringify(shown, null, 2)}\n`;
}
