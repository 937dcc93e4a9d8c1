// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';

import { exposeForBench, type BenchProbe } from './bench-probe';
import { createDraftStore } from './draft-store';

const probe = (): BenchProbe | undefined =>
  Reflect.get(window, 'jobdefBenchProbe');

afterEach(() => {
  Reflect.deleteProperty(window, 'jobdefBenchProbe');
  window.history.replaceState(null, '', '/');
});

describe('exposeForBench', () => {
  it('exposes nothing without ?bench-probe in the address', () => {
    exposeForBench(createDraftStore('{}'));

    expect(probe()).toBeUndefined();
  });

  it('reads the text and tells of each change with ?bench-probe', () => {
    window.history.replaceState(null, '', '/?bench-probe');
    const store = createDraftStore('{}');
    exposeForBench(store);
    const seen: string[] = [];
    probe()?.subscribe(() => seen.push(probe()?.text() ?? ''));

    store.setValue(['jobDefinitionName'], 'a');

    expect(probe()?.text()).toContain('"jobDefinitionName": "a"');
    expect(seen).toEqual([store.getState().text]);
  });

  it('cannot change the draft or be replaced', () => {
    window.history.replaceState(null, '', '/?bench-probe');
    exposeForBench(createDraftStore('{}'));

    expect(Object.isFrozen(probe())).toBe(true);
    expect(Reflect.set(window, 'jobdefBenchProbe', {})).toBe(false);
    expect(Object.keys(probe() ?? {}).sort()).toEqual(['subscribe', 'text']);
  });
});
