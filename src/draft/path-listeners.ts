import type { IssuePath } from '@/model/issue';

type Listener = () => void;

interface PathNode {
  readonly listeners: Set<Listener>;
  readonly children: Map<string, PathNode>;
}

const newNode = (): PathNode => ({ listeners: new Set(), children: new Map() });

/**
 * Listeners keyed by a path of the draft value. A change wakes only the
 * listeners whose part of the value changed: since unchanged parts keep
 * their identity (see shareStructure), the walk stops at every part that is
 * the same object as before, and a keystroke in one field wakes that field
 * and its parents, not the thousand others.
 */
export interface PathListeners {
  add(path: IssuePath, listener: Listener): () => void;
  /** The listeners to wake for a change of the whole value. */
  changed(previous: unknown, next: unknown): Listener[];
}

export function createPathListeners(): PathListeners {
  const root = newNode();

  const collect = (
    node: PathNode,
    previous: unknown,
    next: unknown,
    woken: Listener[],
  ) => {
    if (Object.is(previous, next)) return;
    woken.push(...node.listeners);
    for (const [segment, child] of node.children) {
      collect(child, childAt(previous, segment), childAt(next, segment), woken);
    }
  };

  return {
    add(path, listener) {
      const nodes = [root];
      let node = root;
      for (const segment of path) {
        const key = String(segment);
        let child = node.children.get(key);
        if (!child) {
          child = newNode();
          node.children.set(key, child);
        }
        node = child;
        nodes.push(node);
      }
      node.listeners.add(listener);
      return () => {
        node.listeners.delete(listener);
        // Prune the branch once nobody listens below it.
        for (let depth = path.length; depth > 0; depth -= 1) {
          const current = nodes[depth];
          const parent = nodes[depth - 1];
          if (!current || !parent) break;
          if (current.listeners.size > 0 || current.children.size > 0) break;
          parent.children.delete(String(path[depth - 1]));
        }
      };
    },
    changed(previous, next) {
      const woken: Listener[] = [];
      collect(root, previous, next, woken);
      return woken;
    },
  };
}

function childAt(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return Object.prototype.hasOwnProperty.call(value, key)
    ? (Reflect.get(value, key) as unknown)
    : undefined;
}
