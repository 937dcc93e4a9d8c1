import { parseTree, type Node } from 'jsonc-parser';

import type { IssuePath } from '@/model/issue';

import {
  detectLayout,
  indentAt,
  printInline,
  printValue,
  type JsonLayout,
} from './json-format';

/** Replace `length` characters at `offset` with `text`. */
export interface TextEdit {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

/**
 * The smallest text edit that sets the value at `path` (or removes it when the
 * value is undefined), keeping every other character of the text: key order,
 * formatting and unknown keys. Missing parents are created. Returns no edit
 * when there is nothing to change.
 */
export function editAtPath(
  text: string,
  path: IssuePath,
  value: unknown,
  // The text's tree when the caller has it already (parsing takes most of the time).
  parsedTree: Node | undefined = parseTree(text),
): TextEdit | undefined {
  const tree = parsedTree;
  const layout = detectLayout(text);
  if (!tree || path.length === 0) {
    if (value === undefined) return undefined;
    const whole = nest(path, value);
    return {
      offset: 0,
      length: text.length,
      text: printValue(whole, '', layout),
    };
  }

  let node = tree;
  let depth = 0;
  for (; depth < path.length; depth += 1) {
    const next = childOf(node, path[depth] ?? '');
    if (!next) break;
    node = next;
  }

  if (depth === path.length) {
    return value === undefined
      ? removalOfEveryCopy(text, path, node)
      : {
          offset: node.offset,
          length: node.length,
          text: printValue(value, indentAt(text, node.offset), layout),
        };
  }
  if (value === undefined) return undefined;
  return insertion(text, node, path.slice(depth), value, layout);
}

/** The child node at a key (the last of repeated keys, as parsing does) or index. */
function childOf(node: Node, segment: string | number): Node | undefined {
  if (node.type === 'array') {
    return typeof segment === 'number' ? node.children?.[segment] : undefined;
  }
  if (node.type !== 'object') return undefined;
  const properties = node.children ?? [];
  for (let i = properties.length - 1; i >= 0; i -= 1) {
    const [key, child] = properties[i]?.children ?? [];
    if (key?.value === String(segment) && child) return child;
  }
  return undefined;
}

/**
 * A key typed twice counts with its last value, so removing the field
 * removes every copy; otherwise the first copy would come back. The copies
 * go one by one, then the change becomes one edit spanning them.
 */
function removalOfEveryCopy(
  text: string,
  path: IssuePath,
  node: Node,
): TextEdit | undefined {
  const entry = node.parent;
  const key: unknown = entry?.children?.[0]?.value;
  const copies =
    entry?.type === 'property'
      ? (entry.parent?.children ?? []).filter(
          (property) => property.children?.[0]?.value === key,
        ).length
      : 1;
  if (copies <= 1) return removal(text, node);

  let current = text;
  for (let i = 0; i < copies; i += 1) {
    const found = nodeAt(parseTree(current), path);
    const edit = found && removal(current, found);
    if (!edit) break;
    current = applyEdit(current, edit);
  }
  return spanningEdit(text, current);
}

function nodeAt(tree: Node | undefined, path: IssuePath): Node | undefined {
  let node = tree;
  for (const segment of path) {
    node = node && childOf(node, segment);
  }
  return node;
}

/** One edit that turns `before` into `after`: what lies between their common ends. */
function spanningEdit(before: string, after: string): TextEdit {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before[start] === after[start]) start += 1;
  let end = 0;
  while (
    end < limit - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  ) {
    end += 1;
  }
  return {
    offset: start,
    length: before.length - start - end,
    text: after.slice(start, after.length - end),
  };
}

function removal(text: string, node: Node): TextEdit | undefined {
  // A property is removed with its key; a list item on its own.
  const entry = node.parent?.type === 'property' ? node.parent : node;
  const container = entry.parent;
  if (!container) return { offset: 0, length: text.length, text: '' };
  const siblings = container.children ?? [];
  const index = siblings.indexOf(entry);
  const previous = siblings[index - 1];
  const next = siblings[index + 1];
  const end = entry.offset + entry.length;
  if (previous) {
    const start = previous.offset + previous.length;
    return { offset: start, length: end - start, text: '' };
  }
  if (next) {
    return {
      offset: entry.offset,
      length: next.offset - entry.offset,
      text: '',
    };
  }
  const inner = container.offset + 1;
  return {
    offset: inner,
    length: container.offset + container.length - 1 - inner,
    text: '',
  };
}

/** A value for the missing part of a path: objects for keys, lists for indexes. */
function nest(rest: IssuePath, value: unknown): unknown {
  return rest.reduceRight<unknown>(
    (inner, segment) =>
      typeof segment === 'number' ? [inner] : { [segment]: inner },
    value,
  );
}

function insertion(
  text: string,
  parent: Node,
  rest: IssuePath,
  value: unknown,
  layout: JsonLayout,
): TextEdit {
  const [first, ...more] = rest;
  const isObject = parent.type === 'object' && typeof first === 'string';
  const isArray = parent.type === 'array' && typeof first === 'number';
  if (!isObject && !isArray) {
    // The parent holds something else (a string where an object belongs):
    // the form's edit replaces it.
    const replacement = nest(rest, value);
    return {
      offset: parent.offset,
      length: parent.length,
      text: printValue(replacement, indentAt(text, parent.offset), layout),
    };
  }

  const item = nest(more, value);
  const children = parent.children ?? [];
  const last = children[children.length - 1];
  const closing = parent.offset + parent.length - 1;
  const isInline =
    !text.slice(parent.offset, closing).includes('\n') && children.length > 0;
  const parentIndent = indentAt(text, parent.offset);
  const childIndent = last
    ? indentAt(text, last.offset)
    : parentIndent + layout.unit;
  const entry = (indent: string) => {
    const printed = isInline
      ? printInline(item)
      : printValue(item, indent, layout);
    return isObject ? `${JSON.stringify(first)}: ${printed}` : printed;
  };

  if (isInline && last) {
    return {
      offset: last.offset + last.length,
      length: 0,
      text: `, ${entry('')}`,
    };
  }
  if (last) {
    const after = last.offset + last.length;
    return {
      offset: after,
      length: 0,
      text: `,${layout.eol}${childIndent}${entry(childIndent)}`,
    };
  }
  const inner = parent.offset + 1;
  return {
    offset: inner,
    length: closing - inner,
    text: `${layout.eol}${childIndent}${entry(childIndent)}${layout.eol}${parentIndent}`,
  };
}

/** Applies one edit to a text. */
export function applyEdit(text: string, edit: TextEdit): string {
  return (
    text.slice(0, edit.offset) +
    edit.text +
    text.slice(edit.offset + edit.length)
  );
}
