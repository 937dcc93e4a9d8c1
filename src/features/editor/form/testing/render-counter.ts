/**
 * Counts which components React renders, for tests that check that typing in
 * one field re-renders only that field. It stands in for React DevTools'
 * global hook, so it must be installed before react-dom is first imported
 * (`await vi.hoisted(...)` in the test file). Test-only.
 */

interface Fiber {
  readonly type: unknown;
  readonly flags: number;
  readonly alternate: Fiber | null;
  readonly child: Fiber | null;
  readonly sibling: Fiber | null;
}

interface FiberRoot {
  readonly current: Fiber;
}

// React marks a component that ran its render function in this commit.
const PERFORMED_WORK = 1;

let counts = new Map<string, number>();

export function installRenderCounter(): void {
  const hook = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    // The tree must be read at commit time: root.current moves on.
    onCommitFiberRoot: (_id: number, root: FiberRoot) => {
      walk(root.current, counts);
    },
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
  };
  Object.defineProperty(globalThis, '__REACT_DEVTOOLS_GLOBAL_HOOK__', {
    value: hook,
    configurable: true,
  });
}

/** Forgets the renders counted so far. */
export function resetRenders(): void {
  counts = new Map();
}

/**
 * How many times each named component rendered since the last reset, over
 * every commit. Subtrees React skipped are not walked.
 */
export function renderCounts(): ReadonlyMap<string, number> {
  return counts;
}

function walk(fiber: Fiber, into: Map<string, number>): void {
  const previous = fiber.alternate;
  const name = componentName(fiber.type);
  if (name && (previous === null || (fiber.flags & PERFORMED_WORK) !== 0)) {
    into.set(name, (into.get(name) ?? 0) + 1);
  }
  // Children not cloned in this commit were skipped with their subtree.
  if (previous !== null && fiber.child === previous.child) return;
  for (let child = fiber.child; child; child = child.sibling) {
    walk(child, into);
  }
}

function componentName(type: unknown): string | undefined {
  if (typeof type === 'function' && type.name) return type.name;
  if (typeof type === 'object' && type !== null && 'type' in type) {
    return componentName(type.type);
  }
  return undefined;
}
