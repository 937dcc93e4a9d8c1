import { fieldInfo } from '../field-info';
import type { IssuePath } from '../issue';
import { isRecord } from './is-record';

/**
 * CloudFormation turns numbers and booleans into strings where the API wants
 * strings (resource values, EKS quantities, parameters, tags), so a template
 * may write `"Value": 2048` and still deploy. Does the same, in place, and
 * returns the paths it changed.
 */
export function coerceScalars(
  value: unknown,
  path: IssuePath = [],
): IssuePath[] {
  const changed: IssuePath[] = [];
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const itemPath = [...path, index];
      if (isScalar(item) && fieldInfo(itemPath)?.kind === 'text') {
        value[index] = String(item);
        changed.push(itemPath);
      } else {
        changed.push(...coerceScalars(item, itemPath));
      }
    });
  } else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      const itemPath = [...path, key];
      if (isScalar(item) && fieldInfo(itemPath)?.kind === 'text') {
        value[key] = String(item);
        changed.push(itemPath);
      } else {
        changed.push(...coerceScalars(item, itemPath));
      }
    }
  }
  return changed;
}

function isScalar(value: unknown): value is number | boolean {
  return typeof value === 'number' || typeof value === 'boolean';
}
