import { describe, expect, it, vi } from 'vitest';

import { createDraftStore } from './draft-store';

const sleep10 = JSON.stringify(
  {
    jobDefinitionName: 'sleep10',
    type: 'container',
    containerProperties: {
      image: 'busybox',
      command: ['sleep', '10'],
      resourceRequirements: [
        { type: 'MEMORY', value: '128' },
        { type: 'VCPU', value: '1' },
      ],
    },
  },
  null,
  2,
);

describe('createDraftStore', () => {
  it('derives the value and no issues from a valid text', () => {
    const store = createDraftStore(sleep10);

    expect(store.getState()).toMatchObject({
      syntaxError: null,
      issues: [],
      origin: 'load',
    });
  });

  it('applies a form edit as a minimal text edit and tells listeners the edit', () => {
    const store = createDraftStore(sleep10);
    const listener = vi.fn();
    store.subscribe(listener);

    store.setValue(['containerProperties', 'image'], 'alpine');

    expect(store.getState().text).toBe(
      sleep10.replace('"busybox"', '"alpine"'),
    );
    expect(store.getState().origin).toBe('form');
    expect(listener).toHaveBeenCalledWith(store.getState(), {
      offset: sleep10.indexOf('"busybox"'),
      length: '"busybox"'.length,
      text: '"alpine"',
    });
  });

  it('keeps broken text as typed, with the last good value and the syntax error', () => {
    const store = createDraftStore(sleep10);
    const goodValue = store.getState().value;
    const broken = sleep10.replace('"sleep10",', '"sleep10"');

    store.setText(broken, 'json');

    expect(store.getState().text).toBe(broken);
    expect(store.getState().value).toBe(goodValue);
    expect(store.getState().syntaxError).toMatchObject({ line: 3 });
  });

  it('refuses form edits while the text does not parse', () => {
    const store = createDraftStore('{"jobDefinitionName": ');

    expect(store.setValue(['jobDefinitionName'], 'x')).toBe(false);
    expect(store.getState().text).toBe('{"jobDefinitionName": ');
  });

  it('places each issue at its range in the text, unknown keys at the key', () => {
    const text =
      '{\n  "jobDefinitionName": "a b",\n  "type": "container",\n  "containerProperty": {}\n}';
    const store = createDraftStore(text);
    const byCode = Object.fromEntries(
      store.getState().issues.map((issue) => [issue.code, issue.range]),
    );

    expect(byCode['invalid_format']).toMatchObject({ line: 2, column: 24 });
    expect(byCode['unknown-field']).toMatchObject({
      line: 4,
      column: 3,
      length: 19,
    });
  });

  it('keeps the identity of unchanged parts of the value across edits', () => {
    const store = createDraftStore(sleep10);
    const before = store.getState().value as {
      containerProperties: { command: unknown };
    };

    store.setValue(['jobDefinitionName'], 'sleep11');
    const after = store.getState().value as {
      containerProperties: { command: unknown };
    };

    expect(after).not.toBe(before);
    expect(after.containerProperties).toBe(before.containerProperties);
  });

  it('counts every change in the version', () => {
    const store = createDraftStore(sleep10);

    store.setText('{}', 'json');
    store.setValue(['type'], 'container');

    expect(store.getState().version).toBe(3);
  });
});
