import { describe, expect, it, vi } from 'vitest';

import { createDraftStore } from './draft-store';

/** A store whose checks run only when the test says. */
function manualStore(text: string) {
  const checks: (() => void)[] = [];
  const store = createDraftStore(text, {
    scheduleCheck: (check) => checks.push(check),
  });
  const runChecks = () => checks.splice(0).forEach((check) => check());
  return { store, runChecks, checks };
}

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

  it('checks a keystroke later: the text and value at once, the issues once checked', () => {
    const { store, runChecks } = manualStore(sleep10);

    store.setValue(['jobDefinitionName'], 'a b');

    expect(store.getState()).toMatchObject({
      value: { jobDefinitionName: 'a b' },
      issues: [],
      isChecking: true,
    });
    runChecks();
    expect(store.getState().isChecking).toBe(false);
    expect(store.getState().issues).toMatchObject([
      { path: ['jobDefinitionName'], range: { line: 2 } },
    ]);
  });

  it('checks a burst of keystrokes once, on the latest text', () => {
    const { store, runChecks, checks } = manualStore(sleep10);

    store.setText(sleep10.replace('"sleep10"', '"a b"'), 'json');
    store.setText(sleep10.replace('"sleep10"', '"a  b"'), 'json');

    expect(checks).toHaveLength(1);
    runChecks();
    expect(store.getState().issues).toMatchObject([
      { path: ['jobDefinitionName'], range: { line: 2, length: 6 } },
    ]);
  });

  it('checks the last text that parsed when the newest does not', () => {
    const { store, runChecks } = manualStore(sleep10);

    store.setText(sleep10.replace('"sleep10"', '"a b"'), 'json');
    store.setText(sleep10.replace('"sleep10",', '"a b"'), 'json');
    runChecks();

    expect(store.getState().syntaxError).not.toBeNull();
    expect(store.getState().issues).toMatchObject([
      { path: ['jobDefinitionName'] },
    ]);
  });

  it('checks a loaded text at once', () => {
    const { store, checks } = manualStore(sleep10);

    store.setText(sleep10.replace('"sleep10"', '"a b"'), 'load');

    expect(checks).toHaveLength(0);
    expect(store.getState().issues).toHaveLength(1);
  });

  it('runs a waiting check on demand, without a new version', () => {
    const { store } = manualStore(sleep10);
    store.setValue(['jobDefinitionName'], 'a b');
    const { version } = store.getState();

    store.flushCheck();

    expect(store.getState()).toMatchObject({ version, isChecking: false });
    expect(store.getState().issues).toHaveLength(1);
  });

  it('gives the value that parsing the edited text gives', () => {
    const { store, runChecks } = manualStore(sleep10);

    store.setValue(['containerProperties', 'command', 5], '--verbose');
    store.setValue(['timeout', 'attemptDurationSeconds'], 60);
    store.setValue(['containerProperties', 'image'], undefined);
    const fromEdits = store.getState().value;
    runChecks();

    expect(fromEdits).toEqual(JSON.parse(store.getState().text));
    expect(store.getState().value).toBe(fromEdits);
  });

  it('wakes the listeners of the changed path and its parents only', () => {
    const { store } = manualStore(sleep10);
    const woken: string[] = [];
    const listen = (path: (string | number)[]) =>
      store.subscribeValue(path, () => woken.push(path.join('.')));
    listen([]);
    listen(['containerProperties']);
    listen(['containerProperties', 'image']);
    listen(['containerProperties', 'command', 0]);
    listen(['jobDefinitionName']);

    store.setValue(['containerProperties', 'image'], 'alpine');

    expect(woken).toEqual([
      '',
      'containerProperties',
      'containerProperties.image',
    ]);
  });

  it('wakes the issue listeners of a path only when its issues read differently', () => {
    const { store, runChecks } = manualStore(sleep10);
    const name = vi.fn();
    const image = vi.fn();
    const any = vi.fn();
    store.subscribeIssuesAt(['jobDefinitionName'], name);
    store.subscribeIssuesAt(['containerProperties', 'image'], image);
    store.subscribeIssues(any);

    store.setValue(['jobDefinitionName'], 'a b');
    expect(any).not.toHaveBeenCalled();
    runChecks();

    expect(name).toHaveBeenCalledTimes(1);
    expect(image).not.toHaveBeenCalled();
    expect(any).toHaveBeenCalledTimes(1);
  });

  it('tells syntax error listeners when the text breaks and mends', () => {
    const { store } = manualStore(sleep10);
    const listener = vi.fn();
    store.subscribeSyntaxError(listener);

    store.setText(sleep10.replace('"sleep10",', '"sleep10"'), 'json');
    store.setText(sleep10, 'json');

    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('edits the right place with the tree kept from the last check', () => {
    const { store, runChecks } = manualStore(sleep10);

    store.setValue(['jobDefinitionName'], 'a-much-longer-name');
    runChecks();
    store.setValue(['containerProperties', 'image'], 'alpine');
    runChecks();
    store.setValue(['containerProperties', 'command', 1], '20');

    expect(JSON.parse(store.getState().text)).toEqual({
      ...JSON.parse(sleep10),
      jobDefinitionName: 'a-much-longer-name',
      containerProperties: {
        ...JSON.parse(sleep10).containerProperties,
        image: 'alpine',
        command: ['sleep', '20'],
      },
    });
  });
});
