import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { currentDraft, readLibrary } from '@/draft/draft-library';

import { createDraftSession } from './draft-session';
import { FakeStorage } from './fake-storage';

const starter = { name: 'EC2 container', text: '{ "type": "container" }\n' };

function savedText(storage: Storage): string | undefined {
  const library = readLibrary(storage);
  return library ? currentDraft(library)?.text : undefined;
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createDraftSession', () => {
  it('starts a first visit with the starter draft, saved at once', () => {
    const storage = new FakeStorage();
    const session = createDraftSession(storage, { starter });

    const { store, current, drafts } = session.getSnapshot();
    expect(store.getState().text).toBe(starter.text);
    expect(current.name).toBe('EC2 container');
    expect(drafts).toHaveLength(1);
    expect(savedText(storage)).toBe(starter.text);
  });

  it('saves every change, broken JSON included, within 100 ms', () => {
    const storage = new FakeStorage();
    const session = createDraftSession(storage, { starter });

    session.getSnapshot().store.setText('{ "type": "contai', 'json');
    expect(savedText(storage)).toBe(starter.text);
    vi.advanceTimersByTime(100);

    expect(savedText(storage)).toBe('{ "type": "contai');
  });

  it('writes once for a burst of keystrokes, with the last text', () => {
    const storage = new FakeStorage();
    const { store } = createDraftSession(storage, { starter }).getSnapshot();
    const setItem = vi.spyOn(storage, 'setItem');

    for (const text of ['{', '{ "', '{ "a', '{ "a"'])
      store.setText(text, 'json');
    vi.advanceTimersByTime(100);

    expect(setItem).toHaveBeenCalledTimes(1);
    expect(savedText(storage)).toBe('{ "a"');
  });

  it('writes pending changes at once on flush', () => {
    const storage = new FakeStorage();
    const session = createDraftSession(storage, { starter });

    session.getSnapshot().store.setText('{}', 'json');
    session.flush();

    expect(savedText(storage)).toBe('{}');
  });

  it('brings the saved draft back in a new session', () => {
    const storage = new FakeStorage();
    const first = createDraftSession(storage, { starter });
    first.getSnapshot().store.setText('{ broken', 'json');
    first.flush();

    const second = createDraftSession(storage, { starter });

    expect(second.getSnapshot().store.getState().text).toBe('{ broken');
    expect(second.getSnapshot().current).toEqual(first.getSnapshot().current);
  });

  it('says so when the browser refuses a text that is too large, and recovers', () => {
    const storage = new FakeStorage(1000);
    const session = createDraftSession(storage, { starter });
    const listener = vi.fn();
    session.subscribe(listener);

    session.getSnapshot().store.setText(`"${'x'.repeat(5000)}"`, 'json');
    vi.advanceTimersByTime(100);
    expect(session.getSnapshot().saveError).toMatch(
      /refused to save the draft \(5 KB/,
    );
    expect(listener).toHaveBeenCalled();

    session.getSnapshot().store.setText('{}', 'json');
    vi.advanceTimersByTime(100);
    expect(session.getSnapshot().saveError).toBeNull();
    expect(savedText(storage)).toBe('{}');
  });

  it('reports a blocked storage instead of failing', () => {
    const session = createDraftSession(undefined, { starter });

    session.getSnapshot().store.setText('{}', 'json');
    vi.advanceTimersByTime(100);

    expect(session.getSnapshot().saveError).toMatch(/full or blocked/);
  });
});

describe('named drafts', () => {
  it('creates a new draft with a unique name and keeps the old one', () => {
    const storage = new FakeStorage();
    const session = createDraftSession(storage, { starter });
    session.getSnapshot().store.setText('{ "first": 1 }', 'json');

    session.create('EC2 container', '{}');

    const { current, drafts, store } = session.getSnapshot();
    expect(current.name).toBe('EC2 container 2');
    expect(store.getState().text).toBe('{}');
    expect(drafts.map((d) => d.name)).toEqual([
      'EC2 container',
      'EC2 container 2',
    ]);
    expect(readLibrary(storage)?.drafts[0]?.text).toBe('{ "first": 1 }');
  });

  it('switches drafts with their own texts and remembers the current one', () => {
    const storage = new FakeStorage();
    const session = createDraftSession(storage, { starter });
    const firstId = session.getSnapshot().current.id;
    session.create('Second', '{ "second": 2 }');

    session.switchTo(firstId);

    expect(session.getSnapshot().store.getState().text).toBe(starter.text);
    expect(readLibrary(storage)?.currentId).toBe(firstId);
  });

  it('ignores edits of a store after switching away from it', () => {
    const storage = new FakeStorage();
    const session = createDraftSession(storage, { starter });
    const oldStore = session.getSnapshot().store;
    session.create('Second', '{}');

    oldStore.setText('{ "late": true }', 'json');
    vi.advanceTimersByTime(100);

    expect(savedText(storage)).toBe('{}');
    expect(readLibrary(storage)?.drafts[0]?.text).toBe(starter.text);
  });

  it('renames the current draft', () => {
    const storage = new FakeStorage();
    const session = createDraftSession(storage, { starter });

    session.rename('Nightly report');

    expect(session.getSnapshot().current.name).toBe('Nightly report');
    expect(readLibrary(storage)?.drafts[0]?.name).toBe('Nightly report');
  });

  it('discards the current draft and opens the latest other one', () => {
    let clock = 1;
    const storage = new FakeStorage();
    const session = createDraftSession(storage, {
      starter,
      now: () => clock++,
    });
    session.create('Second', '{ "second": 2 }');
    session.create('Third', '{ "third": 3 }');
    session.switchTo(session.getSnapshot().drafts[1]?.id ?? '');
    session.getSnapshot().store.setText('{ "second": 22 }', 'json');

    session.discard();

    expect(session.getSnapshot().drafts.map((d) => d.name)).toEqual([
      'EC2 container',
      'Third',
    ]);
    expect(session.getSnapshot().current.name).toBe('Third');
    expect(readLibrary(storage)?.drafts).toHaveLength(2);
  });

  it('starts over from the starter when the last draft is discarded', () => {
    const storage = new FakeStorage();
    const session = createDraftSession(storage, { starter });
    const oldId = session.getSnapshot().current.id;
    session.getSnapshot().store.setText('{ "mine": 1 }', 'json');

    session.discard();

    expect(session.getSnapshot().current.id).not.toBe(oldId);
    expect(savedText(storage)).toBe(starter.text);
  });

  it('picks up drafts another tab added', () => {
    const storage = new FakeStorage();
    const session = createDraftSession(storage, { starter });
    createDraftSession(storage, { starter }).create('From another tab', '{}');

    session.refresh();

    expect(session.getSnapshot().drafts.map((d) => d.name)).toEqual([
      'EC2 container',
      'From another tab',
    ]);
  });
});
