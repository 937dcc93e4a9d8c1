import type { DraftLibrary, SavedDraft } from '@/draft/draft-library';

/** The library with `draft` in place of the one with its id, or appended. */
export function upsertDraft(
  library: DraftLibrary,
  draft: SavedDraft,
): DraftLibrary {
  const has = library.drafts.some((saved) => saved.id === draft.id);
  const drafts = has
    ? library.drafts.map((saved) => (saved.id === draft.id ? draft : saved))
    : [...library.drafts, draft];
  return { currentId: draft.id, drafts };
}

/** `name`, or `name 2`, `name 3`… when a draft already has that name. */
export function uniqueName(
  name: string,
  drafts: readonly SavedDraft[],
): string {
  const taken = new Set(drafts.map((draft) => draft.name));
  if (!taken.has(name)) return name;
  let n = 2;
  while (taken.has(`${name} ${n}`)) n += 1;
  return `${name} ${n}`;
}

/** The most recently changed draft. */
export function latestDraft(
  drafts: readonly SavedDraft[],
): SavedDraft | undefined {
  return drafts.reduce<SavedDraft | undefined>(
    (latest, draft) =>
      latest === undefined || draft.updatedAt > latest.updatedAt
        ? draft
        : latest,
    undefined,
  );
}

function formatSize(characters: number): string {
  if (characters < 1024) return `${characters} characters`;
  if (characters < 1024 * 1024) return `${Math.round(characters / 1024)} KB`;
  return `${(characters / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why a draft of this text could not be saved, in plain words. */
export function saveFailureMessage(text: string): string {
  return `This browser refused to save the draft (${formatSize(text.length)} of JSON): its storage for this site is full or blocked. Your latest changes are kept in this tab only: copy or download the JSON to keep them.`;
}
