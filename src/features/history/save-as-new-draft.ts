import type { DescribedJobDefinition } from '@/aws/operations/describe-input';
import {
  newId,
  readLibrary,
  writeLibrary,
  type SavedDraft,
} from '@/draft/draft-library';
import { normalizePaste } from '@/model/shapes/normalize-paste';

import type { OpeningNotice } from './opening-notice';

export type SaveAsNewDraftResult =
  | {
      readonly ok: true;
      readonly draft: SavedDraft;
      readonly notice: OpeningNotice;
    }
  | { readonly ok: false; readonly message: string };

function uniqueName(name: string, drafts: readonly SavedDraft[]): string {
  const taken = new Set(drafts.map((draft) => draft.name));
  let candidate = name;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${name} ${n}`;
  return candidate;
}

/**
 * Turns a described revision into a request body (read-only fields
 * stripped, as a paste of describe output is) and saves it as a new draft,
 * made current, so the editor opens it. Its name is unchanged: registering
 * it makes the next revision of that name.
 */
export function saveAsNewDraft(
  storage: Storage | undefined,
  described: DescribedJobDefinition,
  now = Date.now(),
): SaveAsNewDraftResult {
  const { jobDefinitionName: name, revision } = described;
  const normalized = normalizePaste(described);
  const library = storage
    ? (readLibrary(storage) ?? { currentId: '', drafts: [] })
    : undefined;
  const draft: SavedDraft = {
    id: newId(),
    name: uniqueName(
      `${name} from revision ${revision}`,
      library?.drafts ?? [],
    ),
    text: `${JSON.stringify(normalized.request, null, 2)}\n`,
    updatedAt: now,
  };
  const isSaved =
    storage !== undefined &&
    library !== undefined &&
    writeLibrary(storage, {
      currentId: draft.id,
      drafts: [...library.drafts, draft],
    });
  if (!isSaved) {
    return {
      ok: false,
      message:
        'This browser refused to save a new draft: its storage for this site is full or blocked. Copy the JSON of the revision instead and paste it into the editor.',
    };
  }

  return {
    ok: true,
    draft,
    notice: {
      header: `Opened ${name}:${revision} as a new draft`,
      items: [
        `Registering it creates the next revision of ${name}.`,
        ...normalized.notices.map((notice) => notice.message),
      ],
    },
  };
}
