import type { Node } from 'jsonc-parser';

type Container = unknown[] | Record<string, unknown>;

interface Pending {
  readonly node: Node;
  readonly target: Container;
}

/**
 * Builds the JavaScript value of a parse tree. Unlike jsonc-parser's
 * `getNodeValue` it uses a work list instead of recursion, and defines object
 * keys as own data properties, so `"__proto__"` stays an ordinary key and can
 * never replace an object's prototype. A repeated key keeps its last value,
 * as `JSON.parse` does.
 */
export function treeValue(root: Node): unknown {
  const pending: Pending[] = [];
  const shell = (node: Node): unknown => {
    if (node.type === 'array' || node.type === 'object') {
      const target: Container = node.type === 'array' ? [] : {};
      pending.push({ node, target });
      return target;
    }
    const value: unknown = node.value;
    return value;
  };

  const rootValue = shell(root);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, target } = next;
    for (const child of node.children ?? []) {
      if (Array.isArray(target)) {
        target.push(shell(child));
        continue;
      }
      const [keyNode, valueNode] = child.children ?? [];
      if (keyNode && valueNode && typeof keyNode.value === 'string') {
        Object.defineProperty(target, keyNode.value, {
          value: shell(valueNode),
          writable: true,
          enumerable: true,
          configurable: true,
        });
      }
    }
  }
  return rootValue;
}
