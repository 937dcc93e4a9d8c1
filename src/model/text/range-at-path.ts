import type { Node } from 'jsonc-parser';

import type { IssuePath } from '../issue';
import type { JsonDocument } from './parse-json';
import type { TextRange } from './text-range';

/** Point at a property's value (the default) or at its key. */
export type RangeTarget = 'value' | 'key';

/** A range for a path; `isExact` is false when only a parent exists. */
export interface PathRange extends TextRange {
  readonly isExact: boolean;
}

interface Step {
  readonly node: Node;
  readonly keyNode?: Node;
}

function childAt(node: Node, segment: string | number): Step | undefined {
  if (node.type === 'array') {
    const index = typeof segment === 'number' ? segment : Number(segment);
    const child = Number.isInteger(index) ? node.children?.[index] : undefined;
    return child ? { node: child } : undefined;
  }
  if (node.type !== 'object') {
    return undefined;
  }

  // The last of repeated keys wins, as in the parsed value.
  const key = String(segment);
  const properties = node.children ?? [];
  for (let i = properties.length - 1; i >= 0; i--) {
    const [keyNode, valueNode] = properties[i]?.children ?? [];
    if (keyNode?.value === key && valueNode) {
      return { node: valueNode, keyNode };
    }
  }
  return undefined;
}

/**
 * Finds the text range of the value at `path`. When the path does not exist
 * (a missing required field), the nearest existing parent is returned with
 * `isExact: false`. With target `key`, a path ending at an object property
 * gives the range of its key, for issues about the key itself.
 */
export function rangeAtPath(
  document: JsonDocument,
  path: IssuePath,
  target: RangeTarget = 'value',
): PathRange {
  if (path.length === 0) {
    // The whole document: no need to build the tree of a large text.
    const start = document.text.search(/\S/);
    const offset = Math.max(0, start);
    const length = document.text.trimEnd().length - offset;
    return {
      offset,
      length: Math.max(0, length),
      ...document.positionAt(offset),
      isExact: true,
    };
  }
  let step: Step = { node: document.tree };
  let isExact = true;
  for (const segment of path) {
    const next = childAt(step.node, segment);
    if (!next) {
      isExact = false;
      break;
    }
    step = next;
  }

  const node =
    isExact && target === 'key' && step.keyNode ? step.keyNode : step.node;
  return {
    offset: node.offset,
    length: node.length,
    ...document.positionAt(node.offset),
    isExact,
  };
}
