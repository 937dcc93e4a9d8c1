import * as z from 'zod';

/** A named draft kept in the browser. */
export interface SavedDraft {
  readonly id: string;
  readonly name: string;
  readonly text: string;
  readonly updatedAt: number;
}

export interface DraftLibrary {
  readonly currentId: string;
  readonly drafts: readonly SavedDraft[];
}

const STORAGE_KEY = 'jobdef-studio.drafts.v1';

const StoredLibrary = z.object({
  currentId: z.string(),
  drafts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      text: z.string(),
      updatedAt: z.number(),
    }),
  ),
});

/** A new, empty library holding one draft with this text. */
export function newLibrary(text: string, now = Date.now()): DraftLibrary {
  const draft = { id: newId(), name: 'Untitled draft', text, updatedAt: now };
  return { currentId: draft.id, drafts: [draft] };
}

export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Reads the drafts saved in `storage`. Anything unreadable (another app's data,
 * a hand-edited entry) counts as no library rather than an error.
 */
export function readLibrary(storage: Storage): DraftLibrary | undefined {
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return undefined;
  }
  if (raw === null) return undefined;
  try {
    const parsed = StoredLibrary.safeParse(JSON.parse(raw));
    if (!parsed.success || parsed.data.drafts.length === 0) return undefined;
    const hasCurrent = parsed.data.drafts.some(
      (d) => d.id === parsed.data.currentId,
    );
    return hasCurrent
      ? parsed.data
      : { ...parsed.data, currentId: parsed.data.drafts[0]?.id ?? '' };
  } catch {
    return undefined;
  }
}

/** Saves the library; false when the browser refuses (storage full or blocked). */
export function writeLibrary(storage: Storage, library: DraftLibrary): boolean {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(library));
    return true;
  } catch {
    return false;
  }
}

/** The library with the current draft's text replaced. */
export function withCurrentText(
  library: DraftLibrary,
  text: string,
  now = Date.now(),
): DraftLibrary {
  return {
    ...library,
    drafts: library.drafts.map((draft) =>
      draft.id === library.currentId
        ? { ...draft, text, updatedAt: now }
        : draft,
    ),
  };
}

export function currentDraft(library: DraftLibrary): SavedDraft | undefined {
  return library.drafts.find((draft) => draft.id === library.currentId);
}
