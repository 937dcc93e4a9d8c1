import { exposeForBench } from '@/draft/bench-probe';
import {
  newId,
  readLibrary,
  writeLibrary,
  type DraftLibrary,
  type SavedDraft,
} from '@/draft/draft-library';
import { createDraftStore, type DraftStore } from '@/draft/draft-store';

import { createCoalescedWriter } from './coalesced-writer';
import {
  latestDraft,
  saveFailureMessage,
  uniqueName,
  upsertDraft,
} from './library-edits';
import { createSnapshot, type DraftSessionSnapshot } from './session-snapshot';

/** The saved drafts of this browser and the one being edited. */
export interface DraftSession {
  getSnapshot(): DraftSessionSnapshot;
  /** Told when the current draft, the list of drafts or the save status change. */
  subscribe(listener: () => void): () => void;
  switchTo(id: string): void;
  /** Starts a new draft and makes it current; the name is made unique. */
  create(name: string, text: string): void;
  rename(name: string): void;
  /** Deletes the current draft and opens the latest other one (or a new one). */
  discard(): void;
  /** Writes pending changes now (the page is being hidden or closed). */
  flush(): void;
  /** Re-reads the list of drafts after another tab changed it. */
  refresh(): void;
}

export interface DraftSessionOptions {
  /** The draft a first visit, or discarding the last draft, starts with. */
  readonly starter: { readonly name: string; readonly text: string };
  readonly delayMs?: number;
  readonly now?: () => number;
}

/**
 * Keeps the current draft saved in `storage` on every change, coalescing the
 * writes of fast typing. A refused write (storage full or blocked) is
 * reported in the snapshot, never thrown; the text stays in memory.
 */
export function createDraftSession(
  storage: Storage | undefined,
  { starter, delayMs = 100, now = Date.now }: DraftSessionOptions,
): DraftSession {
  const fresh = (name: string, text: string): SavedDraft => ({
    id: newId(),
    name,
    text,
    updatedAt: now(),
  });
  const firstDraft = () => fresh(starter.name, starter.text);
  const stored = storage ? readLibrary(storage) : undefined;
  let current =
    stored?.drafts.find((draft) => draft.id === stored.currentId) ??
    firstDraft();
  let library = upsertDraft(stored ?? { currentId: '', drafts: [] }, current);
  let store = openStore(current);
  let saveError: string | null = null;
  let snapshot = createSnapshot(store, library, saveError, undefined);
  const listeners = new Set<() => void>();
  const writer = createCoalescedWriter(() => persist(), delayMs);

  function openStore(draft: SavedDraft): DraftStore {
    const opened = createDraftStore(draft.text);
    exposeForBench(opened);
    opened.subscribe((state) => {
      // Checked issues come without a new text: nothing to save.
      if (opened !== store || state.text === current.text) return;
      current = { ...current, text: state.text, updatedAt: now() };
      writer.schedule();
    });
    return opened;
  }

  function persist(next: DraftLibrary = upsertDraft(library, current)) {
    writer.cancel();
    library = next;
    const isSaved = storage !== undefined && writeLibrary(storage, library);
    saveError = isSaved ? null : saveFailureMessage(current.text);
    publish();
  }

  function publish() {
    const next = createSnapshot(store, library, saveError, snapshot);
    if (next === snapshot) return;
    snapshot = next;
    for (const listener of listeners) listener();
  }

  function open(draft: SavedDraft, drafts: readonly SavedDraft[]) {
    current = draft;
    store = openStore(draft);
    persist({ currentId: draft.id, drafts });
  }

  // A first visit saves its starter at once, so a second tab opens the same draft.
  if (!stored) persist();

  function withLatestText(): DraftLibrary {
    return upsertDraft(library, current);
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    switchTo(id) {
      const { drafts } = withLatestText();
      const target = drafts.find((draft) => draft.id === id);
      if (target && id !== current.id) open(target, drafts);
    },
    create(name, text) {
      const { drafts } = withLatestText();
      const draft = fresh(uniqueName(name, drafts), text);
      open(draft, [...drafts, draft]);
    },
    rename(name) {
      current = { ...current, name };
      persist();
    },
    discard() {
      const rest = library.drafts.filter((draft) => draft.id !== current.id);
      const next = latestDraft(rest);
      if (next) open(next, rest);
      else {
        const draft = firstDraft();
        open(draft, [draft]);
      }
    },
    flush: () => writer.flush(),
    refresh() {
      const reread = storage ? readLibrary(storage) : undefined;
      if (!reread) return;
      library = upsertDraft({ ...reread, currentId: current.id }, current);
      publish();
    },
  };
}
