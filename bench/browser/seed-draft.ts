import type { BrowserContext } from '@playwright/test';

// The key and shape of src/draft/draft-library.ts.
const STORAGE_KEY = 'jobdef-studio.drafts.v1';

/** Before any page of the context loads: the draft library holds one draft with this text. */
export function seedDraft(context: BrowserContext, text: string) {
  const library = JSON.stringify({
    currentId: 'bench',
    drafts: [{ id: 'bench', name: 'Bench', text, updatedAt: 1 }],
  });
  return context.addInitScript(
    `localStorage.setItem(${JSON.stringify(STORAGE_KEY)}, ${JSON.stringify(library)});`,
  );
}
