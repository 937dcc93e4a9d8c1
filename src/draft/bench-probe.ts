import type { DraftStore } from './draft-store';

/** What `npm run bench` reads from the page: the draft's text, read-only. */
export interface BenchProbe {
  readonly text: () => string;
  /** Called synchronously after every change of the draft. */
  readonly subscribe: (listener: () => void) => () => void;
}

/**
 * Lets `npm run bench` (bench/run.ts) time a form keystroke until the JSON
 * text holds it, which the page never shows while the JSON tab is closed.
 * Only when the address has `?bench-probe`; it can read, never write.
 */
export function exposeForBench(store: DraftStore): void {
  if (typeof window === 'undefined') return;
  if (!new URLSearchParams(window.location.search).has('bench-probe')) return;

  const probe: BenchProbe = Object.freeze({
    text: () => store.getState().text,
    subscribe: (listener: () => void) => store.subscribe(() => listener()),
  });
  Object.defineProperty(window, 'jobdefBenchProbe', {
    value: probe,
    configurable: true,
  });
}
