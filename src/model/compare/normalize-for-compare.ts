import { isRecord } from '../shapes/is-record';
import { setOwn } from '../shapes/set-own';
import { AWS_DEFAULTS, READ_ONLY_FIELDS } from './aws-defaults';
import { sameJson } from './same-json';
import { sortKeys } from './sort-keys';
import { sortUnorderedLists } from './sort-unordered-lists';
import { tidyEnvironment } from './tidy-environment';
import { visitPath } from './visit-path';

/**
 * A job definition reduced to what it means, so that a draft and a
 * described revision compare equal when AWS would run them the same way:
 * read-only fields, empty lists and objects, nulls and AWS's defaults are
 * dropped, environment variables with empty values are dropped and the rest
 * sorted by name, retry actions are upper-cased as AWS stores them, lists
 * whose order means nothing (resource requirements, secrets, ulimits, mount
 * points, volumes) are sorted, and object keys are sorted. Returns a new value; the input is not changed.
 */
export function normalizeForCompare(value: unknown): unknown {
  if (!isRecord(value)) return value;

  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value))
    if (!READ_ONLY_FIELDS.includes(key))
      setOwn(copy, key, structuredClone(field));
  for (const [pattern, fallback] of AWS_DEFAULTS)
    visitPath(copy, pattern, (holder, key) => {
      if (sameJson(holder[key], fallback)) delete holder[key];
    });
  tidyEnvironment(copy);
  upperCaseRetryActions(copy);
  sortUnorderedLists(copy);
  return sortKeys(prune(copy) ?? {});
}

/** True when two job definitions mean the same to AWS. */
export function isSameDefinition(a: unknown, b: unknown): boolean {
  return sameJson(normalizeForCompare(a), normalizeForCompare(b));
}

function upperCaseRetryActions(definition: Record<string, unknown>): void {
  const strategy = definition.retryStrategy;
  if (!isRecord(strategy) || !Array.isArray(strategy.evaluateOnExit)) return;
  for (const condition of strategy.evaluateOnExit)
    if (isRecord(condition) && typeof condition.action === 'string')
      condition.action = condition.action.toUpperCase();
}

/** Drops nulls and empty lists and objects, bottom up. */
function prune(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((item) => item !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (!isRecord(value)) return value;

  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const pruned = prune(field);
    if (pruned !== undefined) setOwn(kept, key, pruned);
  }
  return Object.keys(kept).length === 0 ? undefined : kept;
}
