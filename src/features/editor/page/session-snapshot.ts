import type { DraftLibrary } from '@/draft/draft-library';
import type { DraftStore } from '@/draft/draft-store';

export interface DraftSummary {
  readonly id: string;
  readonly name: string;
}

/** What the page shows of the session; changes identity only when it changes. */
export interface DraftSessionSnapshot {
  readonly store: DraftStore;
  readonly current: DraftSummary;
  readonly drafts: readonly DraftSummary[];
  /** Why the latest change is not saved, or null when it is. */
  readonly saveError: string | null;
}

const sameSummaries = (
  a: readonly DraftSummary[],
  b: readonly DraftSummary[],
) =>
  a.length === b.length &&
  a.every((item, i) => item.id === b[i]?.id && item.name === b[i]?.name);

/**
 * A snapshot of the session, or `previous` itself when nothing it shows has
 * changed, so text edits alone do not re-render the page around the views.
 */
export function createSnapshot(
  store: DraftStore,
  library: DraftLibrary,
  saveError: string | null,
  previous: DraftSessionSnapshot | undefined,
): DraftSessionSnapshot {
  const drafts = library.drafts.map(({ id, name }) => ({ id, name }));
  const current = drafts.find((draft) => draft.id === library.currentId) ?? {
    id: library.currentId,
    name: '',
  };
  if (
    previous &&
    previous.store === store &&
    previous.saveError === saveError &&
    previous.current.id === current.id &&
    previous.current.name === current.name &&
    sameSummaries(previous.drafts, drafts)
  ) {
    return previous;
  }
  return { store, current, drafts, saveError };
}
